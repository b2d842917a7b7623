package io.programoffice.core.release;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class ProgramReleasesTest {
    private static ProjectVersion v(String project, String name, String date, boolean released) {
        return new ProjectVersion(project, name, date == null ? null : LocalDate.parse(date), released);
    }

    @Test
    public void group_joinsSameNamedVersionsAcrossProjects_ignoringCaseAndBlanks() {
        List<ProgramRelease> releases = ProgramReleases.group(List.of(
                v("WEB", "2027.Q1", "2027-02-23", false), v("APP", "2027.q1 ", "2027-03-02", false),
                v("API", "2027.Q1", "2027-02-23", false)));
        assertEquals(1, releases.size());
        ProgramRelease q1 = releases.get(0);
        assertEquals("2027.Q1", q1.name());
        assertEquals(List.of("API", "APP", "WEB"), q1.projectKeys());
        assertEquals(LocalDate.parse("2027-02-23"), q1.earliest());
        assertEquals(LocalDate.parse("2027-03-02"), q1.latest());
        assertEquals(7, q1.spreadDays());
        assertFalse(q1.aligned());
        assertFalse(q1.released());
    }

    @Test
    public void group_ordersByEarliestDate_undatedLast() {
        List<ProgramRelease> releases = ProgramReleases.group(List.of(
                v("APP", "Later", "2027-05-25", false), v("APP", "Someday", null, false),
                v("APP", "Sooner", "2026-08-25", true)));
        assertEquals(List.of("Sooner", "Later", "Someday"), releases.stream().map(ProgramRelease::name).toList());
        assertTrue(releases.get(0).aligned());
        assertTrue(releases.get(0).released());
        assertNull(releases.get(2).earliest());
        assertTrue(releases.get(2).hasUndatedProjects());
        assertEquals(0, releases.get(2).spreadDays());
    }

    @Test
    public void release_isNotAligned_whenOneProjectHasNoDate() {
        ProgramRelease r = ProgramReleases.group(List.of(v("APP", "R1", "2027-01-01", false),
                v("WEB", "R1", null, false))).get(0);
        assertFalse(r.aligned());
        assertTrue(r.hasUndatedProjects());
    }

    @Test
    public void group_keepsOneVersionPerProject() {
        ProgramRelease r = ProgramReleases.group(List.of(v("APP", "R1", "2027-01-01", false),
                v("APP", "r1", "2027-01-09", false))).get(0);
        assertEquals(1, r.versions().size());
    }

    @Test
    public void versionsAndReleases_validate() {
        assertThrows(IllegalArgumentException.class, () -> new ProjectVersion("APP", " ", null, false));
        assertThrows(IllegalArgumentException.class, () -> new ProgramRelease("R", List.of()));
    }
}
