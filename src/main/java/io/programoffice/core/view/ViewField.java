package io.programoffice.core.view;

import java.util.Arrays;
import java.util.Optional;

/** The fields a program view can group by, with the names the REST API and saved views use. */
public enum ViewField {
    TEAM("team"),
    PROJECT("project"),
    /** The parent (epic): an issue without one is in the "none" group. */
    EPIC("epic"),
    /** Multi-valued: an issue counts in the group of each of its fix versions. */
    FIX_VERSION("fixVersion"),
    STATUS_CATEGORY("statusCategory"),
    ASSIGNEE("assignee");

    private final String key;

    ViewField(String key) {
        this.key = key;
    }

    /** The name in URLs and JSON, e.g. {@code fixVersion}. */
    public String key() {
        return key;
    }

    /** The field with this name (exact spelling), if any. */
    public static Optional<ViewField> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
