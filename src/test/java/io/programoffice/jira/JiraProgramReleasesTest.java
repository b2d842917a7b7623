package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.project.version.VersionManager;
import io.programoffice.core.program.Program;
import io.programoffice.core.release.ProgramRelease;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.Test;

/** Versions become program releases at the Jira boundary; only browsable projects are read. */
public class JiraProgramReleasesTest {
    private static final ZoneId ZONE = ZoneOffset.ofHours(10);
    private final JiraProgramSummaries summaries = mock(JiraProgramSummaries.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final VersionManager versions = mock(VersionManager.class);
    private final Program program = new Program("DEMO", "Demo", List.of("APP", "WEB", "DATA"));

    private Version version(String name, String date, boolean released, boolean archived) {
        Version v = mock(Version.class);
        when(v.getName()).thenReturn(name);
        when(v.getReleaseDate()).thenReturn(date == null ? null
                : Date.from(LocalDate.parse(date).atStartOfDay(ZONE).toInstant()));
        when(v.isReleased()).thenReturn(released);
        when(v.isArchived()).thenReturn(archived);
        return v;
    }

    private void project(String key, long id, Version... projectVersions) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(projects.getProjectByCurrentKey(key)).thenReturn(project);
        when(versions.getVersions(id)).thenReturn(List.of(projectVersions));
    }

    @Test
    public void releases_groupVisibleProjectsVersions_inTheServerZone_skippingArchived() {
        when(summaries.visibleProjectKeys(program)).thenReturn(List.of("APP", "WEB"));
        project("APP", 1L, version("R1", "2027-01-01", false, false), version("Old", "2025-01-01", true, true));
        project("WEB", 2L, version("R1", "2027-01-05", false, false));
        project("DATA", 3L, version("Secret", "2027-01-01", false, false));

        List<ProgramRelease> releases = new JiraProgramReleases(summaries, projects, versions, ZONE).releases(program);

        assertEquals(1, releases.size());
        assertEquals("R1", releases.get(0).name());
        assertEquals(LocalDate.parse("2027-01-01"), releases.get(0).earliest());
        assertEquals(4, releases.get(0).spreadDays());
        verify(versions, never()).getVersions(3L);
    }
}
