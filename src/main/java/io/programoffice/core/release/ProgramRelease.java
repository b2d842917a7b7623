package io.programoffice.core.release;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A release of the program: the versions of one name across its projects (matched ignoring case and surrounding
 * blanks; the name shown is the most common spelling). Immutable.
 *
 * @param name     the release name
 * @param versions the projects' versions of that name, by project key
 */
public record ProgramRelease(String name, List<ProjectVersion> versions) {
    public ProgramRelease {
        Objects.requireNonNull(name, "name");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a release has at least one version");
        }
    }

    /** The earliest release date of any project, or null when none has a date. */
    public LocalDate earliest() {
        return versions.stream().map(ProjectVersion::releaseDate).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
    }

    /** The latest release date of any project, or null when none has a date. */
    public LocalDate latest() {
        return versions.stream().map(ProjectVersion::releaseDate).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** Days between the earliest and latest project date; 0 when aligned or undated. */
    public long spreadDays() {
        LocalDate first = earliest();
        return first == null ? 0 : ChronoUnit.DAYS.between(first, latest());
    }

    /** Whether every project has a date and all dates are the same day. */
    public boolean aligned() {
        return versions.stream().allMatch(v -> v.releaseDate() != null) && spreadDays() == 0;
    }

    /** Whether some projects set no date while others did, or none did. */
    public boolean hasUndatedProjects() {
        return versions.stream().anyMatch(v -> v.releaseDate() == null);
    }

    /** Whether every project marked its version released. */
    public boolean released() {
        return versions.stream().allMatch(ProjectVersion::released);
    }

    /** The project keys, in the order of the versions. */
    public List<String> projectKeys() {
        return versions.stream().map(ProjectVersion::projectKey).toList();
    }
}
