package io.programoffice.core.scheme;

import java.util.Objects;

/**
 * Where a scheme reads an issue's size from.
 *
 * @param kind    story points (a number custom field), original estimate, or one per issue
 * @param fieldId the custom field id ({@code customfield_10002}) for {@link Kind#STORY_POINTS}; null otherwise
 */
public record EstimateSource(Kind kind, String fieldId) {
    /** The kinds of estimate source. */
    public enum Kind { STORY_POINTS, ORIGINAL_ESTIMATE, ISSUE_COUNT }

    /** Counting issues: the default, needs no field. */
    public static final EstimateSource ISSUE_COUNT = new EstimateSource(Kind.ISSUE_COUNT, null);

    public EstimateSource {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.STORY_POINTS) != (fieldId != null)) {
            throw new IllegalArgumentException("a field id is needed for story points, and only for them");
        }
    }
}
