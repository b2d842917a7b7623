package io.programoffice.web.model;

import io.programoffice.core.release.ProgramRelease;
import java.time.LocalDate;

/** One program release on the program page: name, projects, date or date range, and its state. */
public final class ReleaseRow {
    private final String name;
    private final String projects;
    private final String dates;
    private final long spreadDays;
    private final boolean aligned;
    private final boolean released;
    private final boolean undated;

    public ReleaseRow(ProgramRelease release) {
        this.name = release.name();
        this.projects = String.join(", ", release.projectKeys());
        LocalDate earliest = release.earliest();
        LocalDate latest = release.latest();
        this.dates = earliest == null ? "" : earliest.equals(latest) ? earliest.toString() : earliest + " – " + latest;
        this.spreadDays = release.spreadDays();
        this.aligned = release.aligned();
        this.released = release.released();
        this.undated = release.hasUndatedProjects();
    }

    public String getName() {
        return name;
    }

    public String getProjects() {
        return projects;
    }

    /** {@code yyyy-MM-dd}, or {@code first – last} when the projects' dates differ; empty when undated. */
    public String getDates() {
        return dates;
    }

    public long getSpreadDays() {
        return spreadDays;
    }

    public boolean isAligned() {
        return aligned;
    }

    public boolean isReleased() {
        return released;
    }

    /** Whether some project of the release has no release date. */
    public boolean isUndated() {
        return undated;
    }
}
