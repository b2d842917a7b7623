package io.programoffice.core.scheme;

import java.util.Objects;

/**
 * A Jira link type that a scheme treats as a dependency.
 *
 * @param linkType     the Jira issue link type's name
 * @param kind         the dependency kind
 * @param dependentEnd the end that waits on the other
 * @param lagDays      working days between the constraint and the dependent, {@code -365..365}
 */
public record DependencyLinkType(String linkType, DependencyKind kind, LinkEnd dependentEnd, int lagDays) {
    /** The largest lag, either way. */
    public static final int MAX_LAG_DAYS = 365;

    public DependencyLinkType {
        Objects.requireNonNull(linkType, "linkType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dependentEnd, "dependentEnd");
        if (linkType.isBlank()) {
            throw new IllegalArgumentException("linkType must not be blank");
        }
        if (Math.abs(lagDays) > MAX_LAG_DAYS) {
            throw new IllegalArgumentException("lagDays must be within -365..365, was " + lagDays);
        }
    }
}
