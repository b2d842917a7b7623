package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.cluster.ClusterManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramFilter;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.SchemeStore;
import java.lang.reflect.Constructor;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The event listener and the index's lifecycle at the Jira boundary: events in, index changes out. */
public class JiraIndexListenerTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final SearchService search = mock(SearchService.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final ProgramStore programs = mock(ProgramStore.class);
    private final SchemeStore schemes = mock(SchemeStore.class);
    private JiraProgramIndex index;
    private JiraIndexListener listener;

    @Before
    public void setUp() throws Exception {
        ClusterManager cluster = mock(ClusterManager.class);
        when(cluster.getNodeId()).thenReturn("node-2");
        Page<Program> all = new Page<>(0, 100, 1, List.of(new Program("PLAT", "Platform", List.of("APP"))));
        when(programs.list(any(ProgramFilter.class), any(PageRequest.class))).thenReturn(all);
        when(programs.list(any(PageRequest.class))).thenReturn(all);
        when(schemes.find(org.mockito.ArgumentMatchers.anyLong())).thenReturn(Optional.empty());
        when(search.parseQuery(isNull(), org.mockito.ArgumentMatchers.anyString())).thenAnswer(call ->
                new SearchService.ParseResult(mock(Query.class), mock(MessageSet.class)));
        when(search.searchOverrideSecurity(isNull(), any(Query.class), any(PagerFilter.class)))
                .thenReturn(new SearchResults<>(List.of(), 0, new PagerFilter<>(1)));
        JiraIndexSource source = new JiraIndexSource(search, links, mock(CustomFieldManager.class));
        index = new JiraProgramIndex(source, programs, schemes, scheduler, cluster);
        index.index(); // the first read starts the first build in the background: let it finish
        assertTrue(index.awaitQueued(java.time.Duration.ofSeconds(30)));
        listener = new JiraIndexListener(events, index, source);
    }

    private static Issue issue(long id, String key, String project) {
        Issue issue = mock(Issue.class);
        Project p = mock(Project.class);
        when(p.getKey()).thenReturn(project);
        Status status = mock(Status.class);
        when(status.getName()).thenReturn("To Do");
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Bug");
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectObject()).thenReturn(p);
        when(issue.getStatusObject()).thenReturn(status);
        when(issue.getIssueTypeObject()).thenReturn(type);
        when(issue.getCreated()).thenReturn(new Timestamp(1));
        when(issue.getUpdated()).thenReturn(new Timestamp(2));
        return issue;
    }

    private static IssueEvent event(Issue issue, Long type) throws Exception {
        Constructor<IssueEvent> c = IssueEvent.class.getDeclaredConstructor(Issue.class, Long.class);
        c.setAccessible(true);
        return c.newInstance(issue, type);
    }

    private static IssueLink link(long id, long source, long destination) {
        IssueLink link = mock(IssueLink.class);
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getName()).thenReturn("Blocks");
        when(link.getId()).thenReturn(id);
        when(link.getIssueLinkType()).thenReturn(type);
        when(link.getSourceId()).thenReturn(source);
        when(link.getDestinationId()).thenReturn(destination);
        return link;
    }

    @Test
    public void lifecycle_registersTheListener_andUnregistersItAtStop() {
        listener.onStart();
        verify(events).register(listener);
        listener.onStop();
        verify(events).unregister(listener);
    }

    @Test
    public void eventMethods_areAnnotatedForTheEventPublisher() throws Exception {
        for (String name : List.of("onIssueEvent", "onLinkCreated", "onLinkDeleted")) {
            assertTrue(name, java.util.Arrays.stream(JiraIndexListener.class.getMethods())
                    .anyMatch(m -> m.getName().equals(name) && m.isAnnotationPresent(EventListener.class)));
        }
    }

    @Test
    public void issueEvents_upsertIssuesInScope_removeMovedAndDeletedOnes() throws Exception {
        listener.onIssueEvent(event(issue(10, "APP-1", "APP"), 1L));
        assertTrue(index.index().contains(10));
        assertEquals("node-2", index.status().node());

        listener.onIssueEvent(event(issue(10, "OTHER-1", "OTHER"), EventType.ISSUE_MOVED_ID));
        assertFalse(index.index().contains(10));

        listener.onIssueEvent(event(issue(11, "APP-2", "APP"), 2L));
        listener.onIssueEvent(event(issue(11, "APP-2", "APP"), EventType.ISSUE_DELETED_ID));
        assertFalse(index.index().contains(11));
    }

    @Test
    public void linkEvents_addAndRemoveTheLink() throws Exception {
        listener.onIssueEvent(event(issue(10, "APP-1", "APP"), 1L));
        listener.onIssueEvent(event(issue(12, "APP-3", "APP"), 1L));
        IssueLink link = link(7, 10, 12);

        listener.onLinkCreated(new IssueLinkCreatedEvent(link, java.time.Instant.now()));
        assertEquals(1, index.index().links(12).size());

        listener.onLinkDeleted(new IssueLinkDeletedEvent(link, java.time.Instant.now()));
        assertEquals(0, index.index().links(10).size());
    }

    @Test
    public void anIssueTheIndexCannotHold_isSkipped_notThrown() throws Exception {
        Issue broken = issue(13, "NOT-A-KEY", "APP");

        listener.onIssueEvent(event(broken, 2L));

        assertFalse(index.index().contains(13));
    }

    @Test
    public void start_schedulesTheReconcile_onEveryNode_atAnInterval() throws Exception {
        index.onStart();

        verify(scheduler).registerJobRunner(JiraProgramIndex.RECONCILE_RUNNER, index);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(org.mockito.ArgumentMatchers.eq(JiraProgramIndex.reconcileJob()),
                config.capture());
        assertEquals(RunMode.RUN_LOCALLY, config.getValue().getRunMode());
        assertEquals(JiraProgramIndex.RECONCILE_INTERVAL.toMillis(),
                config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());

        index.onStop();
        verify(scheduler).unscheduleJob(JiraProgramIndex.reconcileJob());
        verify(scheduler).unregisterJobRunner(JiraProgramIndex.RECONCILE_RUNNER);
    }
}
