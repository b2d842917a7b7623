package io.programoffice.web.model;

import io.programoffice.core.program.Program;

/** One line of the programs administration list. */
public final class AdminProgramRow {
    private final String key;
    private final String name;
    private final String owners;
    private final String scheme;
    private final boolean archived;

    /** @param schemeName the name of the program's scheme, or its id when unknown */
    public AdminProgramRow(Program program, String schemeName) {
        this.key = program.key();
        this.name = program.name();
        this.owners = String.join(", ", program.owners());
        this.scheme = schemeName;
        this.archived = program.archived();
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getOwners() {
        return owners;
    }

    public String getScheme() {
        return scheme;
    }

    public boolean isArchived() {
        return archived;
    }
}
