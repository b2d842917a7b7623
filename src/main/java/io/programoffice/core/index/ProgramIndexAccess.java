package io.programoffice.core.index;

import io.programoffice.core.program.Program;

/**
 * The node's program index as readers use it: the current index, which of its issues belong to a program, and its
 * status. Implementations are thread-safe.
 */
public interface ProgramIndexAccess {
    /** The current index; never null (empty until the first build finishes). */
    ProgramIndex index();

    /** The program's issues in {@link #index()}: its projects plus what its JQL matched at the last evaluation. */
    ProgramMembership membership(Program program);

    /** What the index is doing. */
    IndexStatus status();
}
