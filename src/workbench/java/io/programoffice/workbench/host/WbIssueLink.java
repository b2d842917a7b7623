package io.programoffice.workbench.host;

import com.atlassian.jira.issue.link.IssueLink;
import java.util.Objects;

/**
 * One workbench issue link.
 *
 * @param id the link id
 * @param type its type
 * @param sourceId the source issue's id
 * @param destinationId the destination issue's id
 */
public record WbIssueLink(Long id, WbIssueLinkType type, Long sourceId, Long destinationId) implements IssueLink {
    public WbIssueLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(destinationId, "destinationId");
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getSourceId() {
        return sourceId;
    }

    @Override
    public Long getDestinationId() {
        return destinationId;
    }

    @Override
    public WbIssueLinkType getIssueLinkType() {
        return type;
    }
}
