package io.programoffice.web.model;

import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.scheme.ProgramScheme;
import java.util.stream.Collectors;

/** One line of the program schemes administration list. */
public final class SchemeRow {
    private final long id;
    private final String name;
    private final String description;
    private final String dependencies;
    private final String done;
    private final int programs;

    public SchemeRow(ProgramScheme scheme, int programs) {
        this.id = scheme.id();
        this.name = scheme.name();
        this.description = scheme.description();
        this.dependencies = scheme.dependencyLinkTypes().stream()
                .map(t -> t.linkType() + " (" + t.kind() + (t.lagDays() == 0 ? "" : String.format(" %+d", t.lagDays())) + ")")
                .collect(Collectors.joining(", "));
        this.done = java.util.stream.Stream.concat(
                scheme.doneStatusCategories().stream().map(StatusCategory::key), scheme.doneStatuses().stream())
                .collect(Collectors.joining(", "));
        this.programs = programs;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** {@code Blocks (FS), Dependency (SS +2)}. */
    public String getDependencies() {
        return dependencies;
    }

    /** Done categories and statuses. */
    public String getDone() {
        return done;
    }

    /** How many programs use it. */
    public int getPrograms() {
        return programs;
    }
}
