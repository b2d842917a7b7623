package io.programoffice.core.index;

import java.util.Objects;

/**
 * One issue link as one of its two issues sees it: Jira's link id, the link type's name, which end this issue is,
 * and the issue at the other end (which may be outside the index: an external end).
 *
 * <p>Immutable and validated on construction: ids are positive, the type is not blank.
 *
 * @param linkId Jira's issue link id
 * @param linkType the link type's name, e.g. {@code Blocks}
 * @param direction {@link Direction#OUTWARD} when this issue is the link's source, {@link Direction#INWARD} when it is
 *     the destination
 * @param otherIssueId the id of the issue at the other end
 */
public record LinkRecord(long linkId, String linkType, Direction direction, long otherIssueId) {
    /** Which end of a link an issue is. */
    public enum Direction {
        /** The issue is the link's source (Jira's outward description reads from it). */
        OUTWARD,
        /** The issue is the link's destination. */
        INWARD;

        /** The other end's direction. */
        public Direction opposite() {
            return this == OUTWARD ? INWARD : OUTWARD;
        }
    }

    public LinkRecord {
        if (linkId <= 0) {
            throw new IllegalArgumentException("link id must be positive: " + linkId);
        }
        if (linkType == null || linkType.isBlank()) {
            throw new IllegalArgumentException("link " + linkId + ": link type is required");
        }
        Objects.requireNonNull(direction, "direction");
        if (otherIssueId <= 0) {
            throw new IllegalArgumentException("link " + linkId + ": other issue id must be positive: " + otherIssueId);
        }
    }

    /** The same link as the issue at the other end, {@code thisIssueId}, sees it. */
    public LinkRecord seenFrom(long thisIssueId) {
        return new LinkRecord(linkId, linkType, direction.opposite(), thisIssueId);
    }
}
