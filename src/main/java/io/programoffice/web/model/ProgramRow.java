package io.programoffice.web.model;

import io.programoffice.core.program.Program;
import java.util.List;

/** One line of the Programs list; it names only the projects the viewer may browse. */
public final class ProgramRow {
    private final String key;
    private final String name;
    private final int projectCount;
    private final String projectKeys;

    public ProgramRow(Program program, List<String> visibleProjectKeys) {
        this.key = program.key();
        this.name = program.name();
        this.projectCount = visibleProjectKeys.size();
        this.projectKeys = String.join(", ", visibleProjectKeys);
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
