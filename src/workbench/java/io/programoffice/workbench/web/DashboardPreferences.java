package io.programoffice.workbench.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Each user's preferences of each dashboard item, as Jira keeps a dashboard item's user preferences: a map of
 * string names to string values. The workbench has one dashboard per user, so a user and an item key name one
 * placed item. Stored as JSON in {@code DASHBOARD_ITEM_PREFS}. Thread-safe: every call uses its own connection.
 */
public final class DashboardPreferences {
    /** Most preferences one item may keep. */
    static final int MAX_ENTRIES = 50;
    /** Longest name. */
    static final int MAX_NAME = 100;
    /** Longest value. */
    static final int MAX_VALUE = 4000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private final WorkbenchDatabase db;

    public DashboardPreferences(WorkbenchDatabase db) {
        this.db = db;
    }

    /** The user's preferences of the item, empty when none were saved. */
    public Map<String, String> get(String username, String itemKey) {
        try (Connection connection = db.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT PREFERENCES FROM DASHBOARD_ITEM_PREFS WHERE USERNAME = ? AND ITEM_KEY = ?")) {
            select.setString(1, Objects.requireNonNull(username, "username"));
            select.setString(2, Objects.requireNonNull(itemKey, "itemKey"));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? JSON.readValue(row.getString(1), MAP) : Map.of();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkbenchDataException("Cannot read the dashboard item preferences of " + username, e);
        }
    }

    /**
     * Replaces the user's preferences of the item.
     *
     * @throws IllegalArgumentException when there are too many, or a name or value is empty or too long (naming it)
     */
    public void put(String username, String itemKey, Map<String, String> preferences) {
        if (preferences.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("A dashboard item keeps at most " + MAX_ENTRIES + " preferences.");
        }
        preferences.forEach((name, value) -> {
            if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
                throw new IllegalArgumentException("A preference name must have 1-" + MAX_NAME + " characters.");
            }
            if (value == null || value.length() > MAX_VALUE) {
                throw new IllegalArgumentException("The preference '" + name + "' must be a text of at most "
                        + MAX_VALUE + " characters.");
            }
        });
        try (Connection connection = db.connection();
                PreparedStatement merge = connection.prepareStatement("MERGE INTO DASHBOARD_ITEM_PREFS"
                        + " (USERNAME, ITEM_KEY, PREFERENCES) KEY (USERNAME, ITEM_KEY) VALUES (?, ?, ?)")) {
            merge.setString(1, Objects.requireNonNull(username, "username"));
            merge.setString(2, Objects.requireNonNull(itemKey, "itemKey"));
            merge.setString(3, JSON.writeValueAsString(preferences));
            merge.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkbenchDataException("Cannot store the dashboard item preferences of " + username, e);
        }
    }

    /** The preferences as a JSON object. */
    static String toJson(Map<String, String> preferences) {
        try {
            return JSON.writeValueAsString(preferences);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a JSON object of string (or number or boolean) values.
     *
     * @throws IllegalArgumentException when the text is not such an object
     */
    static Map<String, String> fromJson(String text) {
        try {
            Map<String, Object> raw = JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            Map<String, String> preferences = new LinkedHashMap<>();
            raw.forEach((name, value) -> {
                if (value == null || value instanceof Map || value instanceof Iterable) {
                    throw new IllegalArgumentException("The preference '" + name + "' must be a text.");
                }
                preferences.put(name, String.valueOf(value));
            });
            return preferences;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The preferences must be a JSON object.");
        }
    }
}
