package io.programoffice.jira;

import io.programoffice.core.dependency.DependencyMatrix;
import io.programoffice.core.dependency.DependencyRecord;
import io.programoffice.core.dependency.DependencyState;
import io.programoffice.core.dependency.DependencyStore;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A program's team x team dependency matrix as the logged-in user sees it: the dependencies from the node's program
 * index by the program's scheme (the same ones the dependency analysis takes), with their stored negotiation states
 * (one read of every negotiated dependency). A program without a scheme has no dependencies. Thread-safe.
 */
@Named
public class JiraDependencyMatrix {
    private final JiraProgramIndex index;
    private final JiraVisibility visibility;
    private final SchemeStore schemes;
    private final DependencyStore store;

    @Inject
    public JiraDependencyMatrix(JiraProgramIndex index, JiraVisibility visibility, SchemeStore schemes,
                                DependencyStore store) {
        this.index = index;
        this.visibility = visibility;
        this.schemes = schemes;
        this.store = store;
    }

    /** The matrix of {@code program}'s dependencies between issues the logged-in user may see. */
    public DependencyMatrix matrix(Program program) {
        return matrix(program, visibility.forCurrentUser());
    }

    /** The matrix of {@code program}'s dependencies between issues {@code viewer} may see. */
    public DependencyMatrix matrix(Program program, VisibilityFilter viewer) {
        Optional<ProgramScheme> scheme = program.schemeId() == 0 ? Optional.empty()
                : schemes.find(program.schemeId());
        if (scheme.isEmpty()) {
            return DependencyMatrix.of(List.of());
        }
        Map<Long, DependencyState> states = new HashMap<>();
        for (DependencyRecord record : store.negotiated()) {
            states.put(record.linkId(), record.state());
        }
        return DependencyMatrix.build(index.index(), index.membership(program), viewer, scheme.get(), states::get);
    }
}
