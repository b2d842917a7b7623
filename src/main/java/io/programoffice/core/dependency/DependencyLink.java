package io.programoffice.core.dependency;

import java.util.Objects;

/**
 * A Jira issue link as the dependency rules need it. Immutable.
 *
 * @param linkId        Jira's link id
 * @param linkType      the link type's name
 * @param sourceId      the issue the outward description reads from
 * @param destinationId the other issue
 */
public record DependencyLink(long linkId, String linkType, long sourceId, long destinationId) {
    public DependencyLink {
        Objects.requireNonNull(linkType, "linkType");
        if (linkId <= 0 || sourceId <= 0 || destinationId <= 0) {
            throw new IllegalArgumentException("ids must be positive");
        }
    }
}
