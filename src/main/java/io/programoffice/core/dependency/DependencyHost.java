package io.programoffice.core.dependency;

import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.ProgramScheme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the dependency rules need from the host (Jira): its issue links, the programs with their schemes, and
 * upstream finish dates. Implementations are thread-safe.
 */
public interface DependencyHost {
    /** The link with this id, or empty when Jira has none. */
    Optional<DependencyLink> link(long linkId);

    /** The link of this type from source to destination, or empty. */
    Optional<DependencyLink> link(String linkType, long sourceId, long destinationId);

    /**
     * Creates a Jira issue link as the acting user (Jira publishes its link event, which updates the program index).
     *
     * @throws IllegalStateException when Jira refuses
     */
    DependencyLink createLink(String linkType, long sourceId, long destinationId);

    /** Deletes the Jira issue link as the acting user (nothing when it is gone already). */
    void deleteLink(long linkId);

    /** The programs that are not archived, by key, each with its scheme (programs without a scheme are left out). */
    List<ProgramWithScheme> programs();

    /**
     * When the issue's work is expected to finish: its due date, else the earliest release date among its fix
     * versions, else empty.
     */
    Optional<LocalDate> expectedFinish(IssueRecord issue);

    /** A program and its scheme. */
    record ProgramWithScheme(Program program, ProgramScheme scheme) {
    }
}
