package io.programoffice.core.view;

import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.validation.FieldErrors;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a program view shows: group by 0 to {@value #MAX_LEVELS} fields (none twice), and which issues: projects,
 * teams, issue types and status categories (each a set of accepted values; empty accepts all) and a text that the
 * issue's key, type, status, assignee, team, a fix version or a component must contain (case-insensitive).
 * Immutable and validated; {@link #parse} reports every problem per parameter as i18n keys.
 *
 * <p>The query-string form ({@link #toQueryString()}, {@link #parseQueryString}) is what the REST API takes and
 * saved views store: {@code groupBy=team,statusCategory&project=APP&project=WEB&team=Team%20A&text=login}.
 * {@code groupBy}, {@code project} and {@code statusCategory} take comma-separated values or repeated parameters;
 * {@code team} and {@code type} only repeated parameters (their names may contain commas).
 *
 * @param groupBy          the group-by fields, outermost first
 * @param projects         accepted project keys (empty: all)
 * @param teams            accepted teams (empty: all)
 * @param types            accepted issue type names (empty: all)
 * @param statusCategories accepted status categories (empty: all, "undefined" included)
 * @param text             text to find, trimmed; {@code null} for none
 */
public record ViewQuery(List<ViewField> groupBy, Set<String> projects, Set<String> teams, Set<String> types,
                        Set<StatusCategory> statusCategories, String text) {
    /** Most group-by levels. */
    public static final int MAX_LEVELS = 2;
    /** Most values of one filter. */
    public static final int MAX_VALUES = 100;
    /** Longest filter value and text. */
    public static final int MAX_LENGTH = 255;
    /** The query parameters a view reads; others (paging) are left to the caller. */
    public static final List<String> PARAMETERS = List.of("groupBy", "project", "team", "type", "statusCategory", "text");

    /** A query without grouping or filters. */
    public static final ViewQuery ALL = new ViewQuery(List.of(), Set.of(), Set.of(), Set.of(), Set.of(), null);

    public ViewQuery {
        groupBy = List.copyOf(groupBy);
        if (groupBy.size() > MAX_LEVELS || Set.copyOf(groupBy).size() != groupBy.size()) {
            throw new IllegalArgumentException("group by at most " + MAX_LEVELS + " different fields: " + groupBy);
        }
        projects = sorted(projects);
        teams = sorted(teams);
        types = sorted(types);
        statusCategories = statusCategories.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(statusCategories));
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The same filters grouped by other fields. */
    public ViewQuery withGroupBy(List<ViewField> fields) {
        return new ViewQuery(fields, projects, teams, types, statusCategories, text);
    }

    /** Whether any filter narrows the issues. */
    public boolean filtered() {
        return !projects.isEmpty() || !teams.isEmpty() || !types.isEmpty() || !statusCategories.isEmpty()
                || text != null;
    }

    /**
     * Reads a query from parameters (name → values, as a request holds them); parameters not in
     * {@link #PARAMETERS} are ignored, empty values skipped.
     *
     * @throws io.programoffice.core.validation.ValidationException with a problem per bad parameter
     */
    public static ViewQuery parse(Map<String, List<String>> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        FieldErrors errors = new FieldErrors();
        List<ViewField> groupBy = new ArrayList<>();
        for (String name : values(parameters, "groupBy", true)) {
            ViewField field = ViewField.fromKey(name).orElse(null);
            if (field == null) {
                errors.add("groupBy", "program-office.error.view.groupBy.unknown", name, allFields());
            } else if (groupBy.contains(field)) {
                errors.add("groupBy", "program-office.error.view.groupBy.twice", name);
            } else {
                groupBy.add(field);
            }
        }
        errors.check(groupBy.size() > MAX_LEVELS, "groupBy", "program-office.error.view.groupBy.levels", MAX_LEVELS);
        Set<String> projects = filter(errors, parameters, "project", true);
        Set<String> teams = filter(errors, parameters, "team", false);
        Set<String> types = filter(errors, parameters, "type", false);
        Set<StatusCategory> categories = EnumSet.noneOf(StatusCategory.class);
        for (String key : filter(errors, parameters, "statusCategory", true)) {
            StatusCategory.fromKey(key).ifPresentOrElse(categories::add, () -> errors.add("statusCategory",
                    "program-office.error.view.statusCategory.unknown", key));
        }
        List<String> texts = values(parameters, "text", false);
        errors.check(texts.size() > 1, "text", "program-office.error.view.text.once");
        String text = texts.isEmpty() ? null : texts.get(0);
        errors.check(text != null && text.length() > MAX_LENGTH, "text", "program-office.error.view.value.length",
                MAX_LENGTH);
        errors.throwIfAny();
        return new ViewQuery(groupBy, projects, teams, types, categories, text);
    }

    /** Reads a query from its query-string form; see {@link #parse}. */
    public static ViewQuery parseQueryString(String queryString) {
        return parse(parameters(queryString));
    }

    /** Name → values of a query string ({@code a=1&b=2&b=3}), decoded as UTF-8; malformed escapes are kept raw. */
    public static Map<String, List<String>> parameters(String queryString) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return out;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** The query-string form, parameters in {@link #PARAMETERS} order, values sorted; "" for {@link #ALL}. */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        if (!groupBy.isEmpty()) {
            parts.add("groupBy=" + groupBy.stream().map(ViewField::key).collect(Collectors.joining(",")));
        }
        projects.forEach(p -> parts.add("project=" + encode(p)));
        teams.forEach(t -> parts.add("team=" + encode(t)));
        types.forEach(t -> parts.add("type=" + encode(t)));
        statusCategories.forEach(c -> parts.add("statusCategory=" + c.key()));
        if (text != null) {
            parts.add("text=" + encode(text));
        }
        return String.join("&", parts);
    }

    private static Set<String> filter(FieldErrors errors, Map<String, List<String>> parameters, String name,
                                      boolean commas) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values(parameters, name, commas)) {
            if (v.length() > MAX_LENGTH) {
                errors.add(name, "program-office.error.view.value.length", MAX_LENGTH);
            } else {
                out.add(v);
            }
        }
        errors.check(out.size() > MAX_VALUES, name, "program-office.error.view.values.size", name, MAX_VALUES);
        return out;
    }

    private static List<String> values(Map<String, List<String>> parameters, String name, boolean commas) {
        List<String> raw = parameters.get(name);
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String value : raw) {
            if (value == null) {
                continue;
            }
            for (String v : commas ? value.split(",") : new String[] {value}) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }

    private static String allFields() {
        return java.util.Arrays.stream(ViewField.values()).map(ViewField::key).collect(Collectors.joining(", "));
    }

    private static Set<String> sorted(Collection<String> values) {
        Set<String> out = new TreeSet<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("a filter value is blank");
            }
            out.add(v);
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
