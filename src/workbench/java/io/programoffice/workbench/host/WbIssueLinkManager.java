package io.programoffice.workbench.host;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Issue links of the workbench database, one indexed query per read. Creating and removing go through the
 * {@link WbIssueEditor} set with {@link #useEditor}, which publishes Jira's link events as Jira's link manager does.
 * Thread-safe.
 */
public final class WbIssueLinkManager implements IssueLinkManager {
    private static final String SELECT = "SELECT l.ID, t.ID, t.NAME, t.INWARD, t.OUTWARD, l.SOURCE_ID,"
            + " l.DESTINATION_ID FROM ISSUE_LINK l JOIN LINK_TYPE t ON t.ID = l.LINK_TYPE_ID WHERE ";

    private final WorkbenchDatabase db;
    private volatile WbIssueEditor editor;

    public WbIssueLinkManager(WorkbenchDatabase db) {
        this.db = db;
    }

    @Override
    public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
        return query("l.SOURCE_ID = ? ORDER BY l.ID", sourceIssueId);
    }

    @Override
    public List<IssueLink> getInwardLinks(Long destinationIssueId) {
        return query("l.DESTINATION_ID = ? ORDER BY l.ID", destinationIssueId);
    }

    /** Creates and removes links through this editor from now on. */
    public void useEditor(WbIssueEditor linkEditor) {
        this.editor = linkEditor;
    }

    @Override
    public IssueLink getIssueLink(Long issueLinkId) {
        return issueLinkId == null ? null : byId(issueLinkId);
    }

    @Override
    public IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId) {
        return getOutwardLinks(sourceId).stream()
                .filter(l -> l.getDestinationId().equals(destinationId)
                        && l.getIssueLinkType().getId().equals(issueLinkTypeId))
                .findFirst().orElse(null);
    }

    /** Links as Jira does (the sequence and the user are not kept); an existing identical link is left as it is. */
    @Override
    public void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                                ApplicationUser remoteUser) throws CreateException {
        if (getIssueLink(sourceIssueId, destinationIssueId, issueLinkTypeId) != null) {
            return;
        }
        try {
            requireEditor().link(issueLinkTypeId, sourceIssueId, destinationIssueId);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            throw new CreateException(e.getMessage(), e);
        }
    }

    @Override
    public void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser) {
        if (issueLink != null && byId(issueLink.getId()) != null) {
            requireEditor().unlink(issueLink.getId());
        }
    }

    private WbIssueEditor requireEditor() {
        WbIssueEditor current = editor;
        if (current == null) {
            throw new IllegalStateException("The workbench has not set the link editor yet");
        }
        return current;
    }

    /** The link with this id, or null. */
    public WbIssueLink byId(long linkId) {
        List<IssueLink> found = query("l.ID = ?", linkId);
        return found.isEmpty() ? null : (WbIssueLink) found.get(0);
    }

    private List<IssueLink> query(String where, Long id) {
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(SELECT + where)) {
            s.setLong(1, id);
            List<IssueLink> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new WbIssueLink(r.getLong(1), new WbIssueLinkType(r.getLong(2), r.getString(3),
                            r.getString(4), r.getString(5)), r.getLong(6), r.getLong(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read the links of " + id, e);
        }
    }
}
