package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.JiraProgramReleases;
import io.programoffice.jira.JiraProgramSummaries;
import io.programoffice.rest.errors.RestException;
import org.junit.Test;

/** The resource's own checks, without the host's access filter in front: anonymous calls get 401 and touch nothing. */
public class ProgramResourceUnitTest {
    private final JiraAuthenticationContext anonymous = mock(JiraAuthenticationContext.class);
    private final ProgramStore store = mock(ProgramStore.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final JiraProgramSummaries summaries = new JiraProgramSummaries(anonymous, mock(SearchService.class),
            mock(PermissionManager.class), mock(ProjectManager.class));
    private final ProgramResource resource = new ProgramResource(store, summaries,
            new JiraProgramReleases(summaries, mock(ProjectManager.class), mock(VersionManager.class)), i18n);

    @Test
    public void everyCall_isRefusedWith401_whenNobodyIsLoggedIn() {
        when(i18n.getText("program-office.rest.error.login")).thenReturn("You must be logged in to use Program Office.");
        for (Runnable call : new Runnable[] {() -> resource.list(null, null), () -> resource.summary("DEMO"),
                () -> resource.releases("DEMO")}) {
            RestException e = assertThrows(RestException.class, call::run);
            assertEquals(401, e.status());
            assertEquals("You must be logged in to use Program Office.", e.body().errorMessages().get(0));
        }
        verifyNoInteractions(store);
    }
}
