package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.SchemeStore;
import io.programoffice.jira.Administration;
import io.programoffice.jira.AoTransactions;
import io.programoffice.jira.JiraActors;
import io.programoffice.jira.JiraProgramReleases;
import io.programoffice.jira.JiraProgramIndex;
import io.programoffice.jira.JiraProgramSummaries;
import io.programoffice.jira.JiraVisibility;
import io.programoffice.jira.JiraProgramViews;
import io.programoffice.jira.JiraReferences;
import io.programoffice.rest.errors.ProblemMessages;
import io.programoffice.rest.errors.RestException;
import org.junit.Test;

/** The resource's own checks, without the host's access filter in front: anonymous calls get 401 and touch nothing. */
public class ProgramResourceUnitTest {
    private final JiraAuthenticationContext anonymous = mock(JiraAuthenticationContext.class);
    private final ProgramStore store = mock(ProgramStore.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ProblemMessages messages = new ProblemMessages(i18n);
    private final JiraProgramSummaries summaries = new JiraProgramSummaries(anonymous, mock(SearchService.class),
            mock(PermissionManager.class), mock(ProjectManager.class), mock(JiraProgramIndex.class),
            mock(JiraVisibility.class));
    private final Callers callers = new Callers(new JiraActors(anonymous, mock(GlobalPermissionManager.class)),
            mock(WebSudoManager.class), messages);
    private final ProgramResource resource = new ProgramResource(store, summaries,
            new JiraProgramReleases(summaries, mock(ProjectManager.class), mock(VersionManager.class)),
            mock(JiraProgramViews.class), new Administration(store, mock(SchemeStore.class), mock(JiraReferences.class), mock(AuditLog.class),
                    mock(AoTransactions.class)), callers, new RequestBodies(messages), messages);

    @Test
    public void everyCall_isRefusedWith401_whenNobodyIsLoggedIn() {
        when(i18n.getText(any(String.class), any(java.io.Serializable[].class)))
                .thenReturn("You must be logged in to use Program Office.");
        Runnable[] calls = {() -> resource.list(null, null, null, null, null), () -> resource.summary("DEMO"),
            () -> resource.releases("DEMO"), () -> resource.get("DEMO"), () -> resource.create("{}"),
            () -> resource.update("DEMO", "{}"), () -> resource.archive("DEMO", "1"), () -> resource.delete("DEMO", "1")};
        for (Runnable call : calls) {
            RestException e = assertThrows(RestException.class, call::run);
            assertEquals(401, e.status());
            assertEquals("You must be logged in to use Program Office.", e.body().errorMessages().get(0));
        }
        verifyNoInteractions(store);
    }
}
