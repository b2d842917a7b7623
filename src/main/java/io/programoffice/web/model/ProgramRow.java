package io.programoffice.web.model;

import io.programoffice.core.program.Program;

/** One line of the Programs list. */
public final class ProgramRow {
    private final String key;
    private final String name;
    private final int projectCount;
    private final String projectKeys;

    public ProgramRow(Program program) {
        this.key = program.key();
        this.name = program.name();
        this.projectCount = program.projectKeys().size();
        this.projectKeys = String.join(", ", program.projectKeys());
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public int getProjectCount() {
        return projectCount;
    }

    public String getProjectKeys() {
        return projectKeys;
    }
}
