package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.release.ProgramRelease;
import io.programoffice.core.release.ProjectVersion;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /programs/{key}/releases}: the program's releases (same-named fixVersions across the projects the caller
 * may browse), dates as ISO {@code yyyy-MM-dd} or null.
 */
@JsonPropertyOrder({"key", "values"})
public record ProgramReleasesDto(String key, List<Release> values) {

    /** One release across projects. */
    @JsonPropertyOrder({"name", "earliest", "latest", "spreadDays", "aligned", "released", "projects"})
    public record Release(String name, String earliest, String latest, long spreadDays, boolean aligned,
                          boolean released, List<ProjectRelease> projects) {
    }

    /** One project's version of the release. */
    @JsonPropertyOrder({"key", "version", "releaseDate", "released"})
    public record ProjectRelease(String key, String version, String releaseDate, boolean released) {
    }

    public static ProgramReleasesDto of(String programKey, List<ProgramRelease> releases) {
        return new ProgramReleasesDto(programKey, releases.stream().map(r -> new Release(r.name(), iso(r.earliest()),
                iso(r.latest()), r.spreadDays(), r.aligned(), r.released(),
                r.versions().stream().map(ProgramReleasesDto::project).toList())).toList());
    }

    private static ProjectRelease project(ProjectVersion v) {
        return new ProjectRelease(v.projectKey(), v.name(), iso(v.releaseDate()), v.released());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
