package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.programoffice.core.dependency.DependencyMatrix;
import io.programoffice.core.dependency.DependencyRecord;
import io.programoffice.core.dependency.DependencyState;
import io.programoffice.core.dependency.DependencyStore;
import io.programoffice.core.dependency.MatrixQuery;
import io.programoffice.core.dependency.MatrixState;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** The matrix adapter: the program's scheme, the index and the stored states, for the logged-in user. */
public class JiraDependencyMatrixTest {
    private final JiraProgramIndex index = mock(JiraProgramIndex.class);
    private final JiraVisibility visibility = mock(JiraVisibility.class);
    private final SchemeStore schemes = mock(SchemeStore.class);
    private final DependencyStore store = mock(DependencyStore.class);
    private final JiraDependencyMatrix matrices = new JiraDependencyMatrix(index, visibility, schemes, store);

    private static Program program(long schemeId) {
        return new Program("DEMO", "Demo", "", List.of("admin"), List.of(), schemeId,
                ProgramScope.projects(List.of("APP", "API")), false, 1);
    }

    private static IssueRecord issue(long id, String key, LinkRecord link) {
        return new IssueRecord(id, key, key.substring(0, key.indexOf('-')), "Story", "To Do", StatusCategory.NEW,
                null, 1L, 2L, List.of(), List.of(), null, null, null, null, null, List.of(link), null);
    }

    @Test
    public void matrix_countsTheIndexedLinksByTheProgramsScheme_withTheStoredStates() {
        Program demo = program(1);
        when(schemes.find(1)).thenReturn(Optional.of(ProgramScheme.defaultScheme("Default")));
        when(index.index()).thenReturn(ProgramIndex.build(List.of(
                issue(1, "API-1", new LinkRecord(50, "Blocks", LinkRecord.Direction.OUTWARD, 2)),
                issue(2, "APP-1", new LinkRecord(50, "Blocks", LinkRecord.Direction.INWARD, 1)))));
        when(index.membership(demo)).thenReturn(ProgramMembership.ofProjects(Set.of("APP", "API")));
        when(visibility.forCurrentUser()).thenReturn(VisibilityFilter.everything());
        when(store.negotiated()).thenReturn(List.of(new DependencyRecord(50, DependencyState.DECLINED, null, null,
                null, null, null, Instant.EPOCH, 2)));

        DependencyMatrix m = matrices.matrix(demo);

        assertEquals(List.of("API", "APP"), m.teams());
        assertEquals(1, m.count(MatrixQuery.ALL).cell("APP", "API").count(MatrixState.DECLINED));
    }

    @Test
    public void aProgramWithoutAScheme_hasNoDependencies_andReadsNothing() {
        DependencyMatrix m = matrices.matrix(program(0), VisibilityFilter.everything());
        assertEquals(List.of(), m.dependencies());
        verify(store, never()).negotiated();
    }
}
