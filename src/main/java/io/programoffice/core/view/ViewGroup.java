package io.programoffice.core.view;

import java.util.List;
import java.util.Objects;

/**
 * One group of a {@link ProgramView}: the field and value it groups by, its rollup and its subgroups (for a
 * two-level view). Immutable.
 *
 * @param field  the field grouped by
 * @param kind   a value, the issues without a value ({@link Kind#NONE}), or issues whose parent the viewer can't see
 *               ({@link Kind#HIDDEN})
 * @param value  the value (team, project key, parent key, version name, status category key, assignee's user key);
 *               {@code null} for {@link Kind#NONE} and {@link Kind#HIDDEN}, which never name anything
 * @param label  what to show for a value (the value itself; the UI translates status category keys); {@code null}
 *               for {@link Kind#NONE} and {@link Kind#HIDDEN}, which the UI labels in the user's language
 * @param rollup what the group's issues add up to
 * @param groups subgroups, sorted like the top level; empty on the last level
 */
public record ViewGroup(ViewField field, Kind kind, String value, String label, Rollup rollup, List<ViewGroup> groups) {
    /** What a group stands for. */
    public enum Kind {
        /** Issues with this value. */
        VALUE,
        /** Issues whose parent the viewer may not see (or that is not indexed): shown without key. */
        HIDDEN,
        /** Issues without a value ("no team", "no fix version", ...). */
        NONE
    }

    public ViewGroup {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rollup, "rollup");
        if ((kind == Kind.VALUE) != (value != null)) {
            throw new IllegalArgumentException("a " + kind + " group " + (value == null ? "needs" : "has no") + " value");
        }
        if (kind != Kind.VALUE) {
            label = null;
        }
        groups = List.copyOf(groups);
    }
}
