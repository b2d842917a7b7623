package io.programoffice.core.program;

/**
 * Which programs a list shows. Null parts don't filter.
 *
 * @param nameContains case-insensitive part of the name
 * @param owner        a username that must be among the owners
 * @param archived     only archived (true) or only active (false) programs
 */
public record ProgramFilter(String nameContains, String owner, Boolean archived) {
    /** Every program. */
    public static final ProgramFilter ALL = new ProgramFilter(null, null, null);

    public ProgramFilter {
        nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
        owner = owner == null || owner.isBlank() ? null : owner.strip();
    }
}
