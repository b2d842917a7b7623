package io.programoffice.core.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One change: when, by whom, to what, which action, and the fields that changed. Immutable.
 *
 * @param id      storage id, 0 before it is stored
 * @param at      when it happened
 * @param actor   the username of who did it
 * @param kind    {@code program} or {@code scheme}
 * @param target  the program key or scheme id
 * @param action  {@code create}, {@code update}, {@code archive}, {@code restore}, {@code delete}, {@code import}
 * @param changes each changed field's value before and after, in field order
 */
public record AuditEntry(long id, Instant at, String actor, String kind, String target, String action,
                         Map<String, Change> changes) {
    /** A field's value before and after the change (null when it didn't exist). */
    public record Change(String before, String after) {
    }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /**
     * The fields whose values differ between {@code before} and {@code after} (either may be empty for a creation or a
     * deletion), in the order of {@code after} then the removed ones. A missing field and an empty one are the same.
     */
    public static Map<String, Change> diff(Map<String, String> before, Map<String, String> after) {
        Map<String, Change> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String old = before.get(e.getKey());
            if (!Objects.equals(emptyToNull(old), emptyToNull(e.getValue()))) {
                out.put(e.getKey(), new Change(old, e.getValue()));
            }
        }
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!after.containsKey(e.getKey()) && emptyToNull(e.getValue()) != null) {
                out.put(e.getKey(), new Change(e.getValue(), null));
            }
        }
        return out;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
