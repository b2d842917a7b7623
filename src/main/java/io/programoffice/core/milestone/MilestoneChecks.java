package io.programoffice.core.milestone;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.program.Program;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What only the host can tell the milestone rules. Implementations are thread-safe. */
public interface MilestoneChecks {
    /** Jira's message about a JQL query (as the actor would run it), or empty when Jira accepts it. */
    Optional<String> jqlProblem(Actor actor, String jql);

    /** Those of {@code keys} that do not name an issue the actor may browse (unknown and hidden alike). */
    List<String> notBrowsable(Actor actor, List<String> keys);

    /** Whether a user of this username exists. */
    boolean userExists(String username);

    /** The day the program started (its earliest issue's creation), or empty when it has no issue yet. */
    Optional<LocalDate> programStart(Program program);
}
