package io.programoffice.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.programoffice.core.index.IndexMaintenance;
import io.programoffice.core.index.LinkRecord;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds this node's program index with Jira's events: {@link IssueEvent} (created, updated, moved, transitioned,
 * ...: the issue is re-read and upserted, or removed when no program holds its project; deleted: removed),
 * {@link IssueLinkCreatedEvent} and {@link IssueLinkDeletedEvent}. Registers with the {@link EventPublisher} at
 * plugin start and unregisters at stop. Jira publishes these only on the node where the change happened; the
 * reconcile job repairs the others. Each event costs two link lookups plus O(1) index work. Thread-safe.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class JiraIndexListener implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(JiraIndexListener.class);

    private final EventPublisher events;
    private final JiraProgramIndex index;
    private final JiraIndexSource source;

    @Inject
    public JiraIndexListener(@ComponentImport EventPublisher events, JiraProgramIndex index, JiraIndexSource source) {
        this.events = events;
        this.index = index;
        this.source = source;
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    /** An issue changed or was deleted. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        IndexMaintenance maintenance = index.maintenance();
        if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            maintenance.issueDeleted(issue.getId());
            return;
        }
        try {
            maintenance.issueChanged(source.record(issue, maintenance.scope()));
        } catch (RuntimeException e) {
            LOG.warn("Program index: cannot index issue {} ({}); the next reconcile retries", issue.getKey(),
                    e.getMessage());
        }
    }

    /** A link was created. */
    @EventListener
    public void onLinkCreated(IssueLinkCreatedEvent event) {
        IssueLink link = event.getIssueLink();
        if (link == null || link.getSourceId().equals(link.getDestinationId())) {
            return;
        }
        index.maintenance().linkCreated(link.getSourceId(), new LinkRecord(link.getId(),
                link.getIssueLinkType().getName(), LinkRecord.Direction.OUTWARD, link.getDestinationId()));
    }

    /** A link was deleted. */
    @EventListener
    public void onLinkDeleted(IssueLinkDeletedEvent event) {
        IssueLink link = event.getIssueLink();
        if (link != null) {
            index.maintenance().linkDeleted(link.getId());
        }
    }
}
