package io.programoffice.core.milestone;

import java.util.List;
import java.util.Objects;

/**
 * Which issues a milestone covers: those of the program whose fix versions include a version of this name (in any
 * of the program's projects), those a JQL query finds among the program's issues, or a list of issues by key.
 * Immutable.
 *
 * @param kind      how the issues are chosen
 * @param text      the fix version's name ({@link Kind#FIX_VERSION}) or the JQL query ({@link Kind#JQL}); empty for
 *                  {@link Kind#ISSUES}
 * @param issueKeys the issues' keys in the order given ({@link Kind#ISSUES}); empty otherwise
 */
public record MilestoneScope(Kind kind, String text, List<String> issueKeys) {
    /** How a milestone's issues are chosen. */
    public enum Kind {
        FIX_VERSION, JQL, ISSUES
    }

    public MilestoneScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        issueKeys = List.copyOf(issueKeys);
        if (kind == Kind.ISSUES ? !text.isEmpty() || issueKeys.isEmpty() : text.isBlank() || !issueKeys.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " scope needs " + (kind == Kind.ISSUES ? "issue keys only"
                    : "its text only"));
        }
    }

    public static MilestoneScope fixVersion(String name) {
        return new MilestoneScope(Kind.FIX_VERSION, name, List.of());
    }

    public static MilestoneScope jql(String query) {
        return new MilestoneScope(Kind.JQL, query, List.of());
    }

    public static MilestoneScope issues(List<String> keys) {
        return new MilestoneScope(Kind.ISSUES, "", keys);
    }
}
