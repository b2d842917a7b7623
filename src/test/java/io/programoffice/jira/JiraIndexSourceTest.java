package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.programoffice.core.index.IndexScope;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.scheme.EstimateSource;
import io.programoffice.core.scheme.TeamSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class JiraIndexSourceTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final IndexScope SCOPE = new IndexScope(Set.of("APP", "WEB"), List.of("labels = risk ORDER BY rank"),
            new EstimateSource(EstimateSource.Kind.STORY_POINTS, "customfield_10002"), TeamSource.PROJECT, List.of());

    private final SearchService search = mock(SearchService.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final CustomField points = mock(CustomField.class);
    private final List<String> queries = new ArrayList<>();
    private JiraIndexSource source;

    @Before
    public void setUp() throws Exception {
        source = new JiraIndexSource(search, links, fields, Clock.fixed(NOW, ZoneOffset.UTC));
        when(fields.getCustomFieldObject("customfield_10002")).thenReturn(points);
        when(search.parseQuery(isNull(), anyString())).thenAnswer(call -> {
            queries.add(call.getArgument(1));
            MessageSet ok = mock(MessageSet.class);
            Query query = mock(Query.class);
            when(query.getQueryString()).thenReturn(call.getArgument(1));
            return new SearchService.ParseResult(query, ok);
        });
    }

    private static Issue issue(long id, String key, String project) {
        Issue issue = mock(Issue.class);
        Project p = mock(Project.class);
        when(p.getKey()).thenReturn(project);
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn("indeterminate");
        when(status.getName()).thenReturn("In Progress");
        when(status.getStatusCategory()).thenReturn(category);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Story");
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectObject()).thenReturn(p);
        when(issue.getStatusObject()).thenReturn(status);
        when(issue.getIssueTypeObject()).thenReturn(type);
        when(issue.getCreated()).thenReturn(new Timestamp(1_000));
        when(issue.getUpdated()).thenReturn(new Timestamp(2_000));
        return issue;
    }

    private static IssueLink link(long id, String type, long source, long destination) {
        IssueLink link = mock(IssueLink.class);
        IssueLinkType linkType = mock(IssueLinkType.class);
        when(linkType.getName()).thenReturn(type);
        when(link.getId()).thenReturn(id);
        when(link.getIssueLinkType()).thenReturn(linkType);
        when(link.getSourceId()).thenReturn(source);
        when(link.getDestinationId()).thenReturn(destination);
        return link;
    }

    @SuppressWarnings("unchecked")
    private void answer(List<Issue>... pages) throws SearchException {
        var stub = when(search.searchOverrideSecurity(isNull(), any(Query.class), any(PagerFilter.class)));
        for (List<Issue> page : pages) {
            stub = stub.thenReturn(new SearchResults<>(page, 1_500, new PagerFilter<>(1_000)));
        }
    }

    @Test
    public void record_readsARiskTypesValues_fromTheSchemesFields_andSkipsValuesOffTheScale() {
        io.programoffice.core.scheme.RiskSource risks = new io.programoffice.core.scheme.RiskSource("Story",
                "customfield_1", "customfield_2", "customfield_3", "customfield_4", "customfield_5", "customfield_6",
                "customfield_7", io.programoffice.core.scheme.RiskSource.DUE_DATE);
        IndexScope scope = new IndexScope(SCOPE.projectKeys(), SCOPE.jqls(), SCOPE.estimate(), SCOPE.team(),
                List.of(), java.util.Map.of("Story", risks));
        java.util.Map<String, Object> values = java.util.Map.of("customfield_1", 4.0, "customfield_2", 5.0,
                "customfield_3", 7.0, "customfield_4", 2.0, "customfield_5", "Mitigated", "customfield_6", "Retry");
        for (int f = 1; f <= 7; f++) {
            CustomField field = mock(CustomField.class);
            when(fields.getCustomFieldObject("customfield_" + f)).thenReturn(field);
        }
        Issue issue = issue(10, "APP-7", "APP");
        when(issue.getCustomFieldValue(any(CustomField.class))).thenAnswer(call -> {
            CustomField asked = call.getArgument(0);
            for (int f = 1; f <= 7; f++) {
                if (asked == fields.getCustomFieldObject("customfield_" + f)) {
                    if (f == 7) {
                        ApplicationUser owner = mock(ApplicationUser.class);
                        when(owner.getKey()).thenReturn("JIRAUSER10200");
                        return owner;
                    }
                    return values.get("customfield_" + f);
                }
            }
            return null;
        });
        when(issue.getDueDate()).thenReturn(Timestamp.valueOf("2027-01-15 00:00:00"));

        io.programoffice.core.index.RiskValues v = source.record(issue, scope).risk();

        assertEquals(new io.programoffice.core.index.RiskValues(4, 5, null, 2,
                io.programoffice.core.risk.Roam.MITIGATED, true, "JIRAUSER10200", java.time.LocalDate.of(2027, 1, 15)),
                v);
        assertEquals(null, source.record(issue, SCOPE).risk());
    }

    @Test
    public void record_convertsEveryFieldTheIndexKeeps() {
        Issue issue = issue(10, "APP-7", "APP");
        Version v = mock(Version.class);
        when(v.getName()).thenReturn("2027.Q1");
        ProjectComponent c = mock(ProjectComponent.class);
        when(c.getName()).thenReturn("Checkout");
        ApplicationUser alice = mock(ApplicationUser.class);
        when(alice.getKey()).thenReturn("JIRAUSER10100");
        when(issue.getFixVersions()).thenReturn(List.of(v));
        when(issue.getComponents()).thenReturn((Collection) List.of(c));
        when(issue.getAssignee()).thenReturn(alice);
        when(issue.getParentId()).thenReturn(9L);
        when(issue.getSecurityLevelId()).thenReturn(10100L);
        when(issue.getCustomFieldValue(points)).thenReturn(5.0);
        when(issue.getResolutionDate()).thenReturn(Timestamp.valueOf("2026-11-20 10:00:00"));
        when(issue.getDueDate()).thenReturn(Timestamp.valueOf("2027-01-15 00:00:00"));
        IssueLink blocks = link(1, "Blocks", 10, 20);
        IssueLink depends = link(2, "Depends", 30, 10);
        when(links.getOutwardLinks(10L)).thenReturn(List.of(blocks));
        when(links.getInwardLinks(10L)).thenReturn(List.of(depends));

        IssueRecord r = source.record(issue, SCOPE);

        assertEquals(10, r.id());
        assertEquals("APP-7", r.key());
        assertEquals("APP", r.projectKey());
        assertEquals("Story", r.issueType());
        assertEquals("In Progress", r.status());
        assertEquals(io.programoffice.core.program.StatusCategory.INDETERMINATE, r.category());
        assertEquals(java.time.LocalDate.of(2026, 11, 20), r.resolutionDate());
        assertEquals(java.time.LocalDate.of(2027, 1, 15), r.dueDate());
        assertEquals(2_000, r.updatedMillis());
        assertEquals(List.of("2027.Q1"), r.fixVersions());
        assertEquals(List.of("Checkout"), r.components());
        assertEquals("JIRAUSER10100", r.assignee());
        assertEquals(Long.valueOf(9), r.parentId());
        assertEquals(5.0, r.estimate(), 0.0);
        assertEquals("APP", r.team());
        assertEquals(Long.valueOf(10100), r.securityLevelId());
        assertEquals(List.of(new LinkRecord(1, "Blocks", LinkRecord.Direction.OUTWARD, 20),
                new LinkRecord(2, "Depends", LinkRecord.Direction.INWARD, 30)), r.links());
    }

    @Test
    public void record_readsOriginalEstimatesInHours_andTeamsFromComponentsOrAField() {
        Issue issue = issue(10, "APP-7", "APP");
        when(issue.getOriginalEstimate()).thenReturn(7_200L);
        ProjectComponent c = mock(ProjectComponent.class);
        when(c.getName()).thenReturn("Payments");
        when(issue.getComponents()).thenReturn((Collection) List.of(c));
        IndexScope hours = new IndexScope(Set.of("APP"), List.of(),
                new EstimateSource(EstimateSource.Kind.ORIGINAL_ESTIMATE, null),
                new TeamSource(TeamSource.Kind.COMPONENT, null), List.of());

        IssueRecord r = source.record(issue, hours);
        assertEquals(2.0, r.estimate(), 0.0);
        assertEquals("Payments", r.team());

        CustomField team = mock(CustomField.class);
        when(fields.getCustomFieldObject("customfield_10100")).thenReturn(team);
        when(issue.getCustomFieldValue(team)).thenReturn("Falcons");
        IndexScope byField = new IndexScope(Set.of("APP"), List.of(), EstimateSource.ISSUE_COUNT,
                new TeamSource(TeamSource.Kind.FIELD, "customfield_10100"), List.of());
        r = source.record(issue, byField);
        assertNull(r.estimate());
        assertEquals("Falcons", r.team());
    }

    @Test
    public void page_searchesTheScopeAfterTheLastId_inIdOrder_overridingSecurity() throws Exception {
        List<Issue> found = List.of(issue(11, "APP-1", "APP"), issue(12, "WEB-1", "WEB"));
        answer(found);

        List<IssueRecord> page = source.page(SCOPE, null, 10, 1_000);

        assertEquals(List.of(11L, 12L), page.stream().map(IssueRecord::id).toList());
        assertEquals("(project in (\"APP\", \"WEB\") OR (labels = risk)) AND id > 10 ORDER BY id ASC",
                queries.get(0));
        ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search).searchOverrideSecurity(isNull(), any(Query.class), pager.capture());
        assertEquals(1_000, pager.getValue().getMax());
        assertEquals(0, pager.getValue().getStart());
    }

    @Test
    public void page_ofUpdatedIssues_usesARelativeDate_roundedUpToTheMinute() throws Exception {
        answer(List.of());

        source.page(SCOPE, NOW.minusSeconds(125), 0, 1_000);

        assertEquals("(project in (\"APP\", \"WEB\") OR (labels = risk)) AND updated >= \"-4m\" AND id > 0"
                + " ORDER BY id ASC", queries.get(0));
    }

    @Test
    public void matching_pagesThroughEveryMatch_byId() throws Exception {
        List<Issue> first = new ArrayList<>();
        for (long id = 1; id <= 1_000; id++) {
            first.add(issue(id, "APP-" + id, "APP"));
        }
        List<Issue> second = List.of(issue(1_001, "APP-1001", "APP"));
        answer(first, second);

        long[] ids = source.matching("labels = risk order by rank");

        assertEquals(1_001, ids.length);
        assertEquals("(labels = risk) AND id > 0 ORDER BY id ASC", queries.get(0));
        assertEquals("(labels = risk) AND id > 1000 ORDER BY id ASC", queries.get(1));
    }

    @Test
    public void inScope_asksForTheIdsWithinTheScope() throws Exception {
        List<Issue> found = List.of(issue(5, "APP-5", "APP"));
        answer(found);

        assertEquals(Set.of(5L), source.inScope(SCOPE, new long[] {5, 6}));
        assertEquals("(project in (\"APP\", \"WEB\") OR (labels = risk)) AND id in (5, 6)", queries.get(0));
    }

    @Test
    public void count_isTheSearchTotal() throws Exception {
        answer(List.of());
        assertEquals(1_500, source.count(SCOPE));
    }

    @Test
    public void aQueryJiraRejects_isAnIssueSearchException() {
        MessageSet errors = mock(MessageSet.class);
        when(errors.hasAnyErrors()).thenReturn(true);
        when(errors.getErrorMessages()).thenReturn(Set.of("Field 'labels' does not exist"));
        when(search.parseQuery(isNull(), eq("(bad jql) AND id > 0 ORDER BY id ASC")))
                .thenReturn(new SearchService.ParseResult(null, errors));

        assertThrows(IssueSearchException.class, () -> source.matching("bad jql"));
    }
}
