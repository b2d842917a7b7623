package io.programoffice.core.index;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link VisibilityFilter} that asks another one and remembers every distinct question with its answer, so a result
 * computed through it can later be reused for a viewer who answers all those questions the same way: a computation
 * that depends on nothing else but what it asked gives that viewer the same result, and nothing the viewer may not
 * see can be in it. Memory: one entry per project and per (project, security level) pair asked. Thread-safe.
 */
public final class RecordedVisibility implements VisibilityFilter {
    private final VisibilityFilter viewer;
    private final Map<String, Boolean> projects = new ConcurrentHashMap<>();
    private final Map<Level, Boolean> levels = new ConcurrentHashMap<>();

    /** Records what {@code viewer} answers. */
    public RecordedVisibility(VisibilityFilter viewer) {
        this.viewer = Objects.requireNonNull(viewer, "viewer");
    }

    @Override
    public boolean canBrowseProject(String projectKey) {
        Boolean known = projects.get(projectKey);
        if (known != null) {
            return known;
        }
        boolean answer = viewer.canBrowseProject(projectKey);
        projects.putIfAbsent(projectKey, answer);
        return answer;
    }

    @Override
    public boolean canSeeSecurityLevel(String projectKey, long securityLevelId) {
        Level level = new Level(projectKey, securityLevelId);
        Boolean known = levels.get(level);
        if (known != null) {
            return known;
        }
        boolean answer = viewer.canSeeSecurityLevel(projectKey, securityLevelId);
        levels.putIfAbsent(level, answer);
        return answer;
    }

    /** The questions asked so far with their answers, as an immutable value. */
    public Answers answers() {
        return new Answers(Map.copyOf(projects), Map.copyOf(levels));
    }

    /** A project and one of the issue security levels used in it. */
    public record Level(String projectKey, long securityLevelId) {
    }

    /**
     * Recorded questions and answers: projects (Browse Projects) and (project, security level) pairs.
     *
     * @param projects whether the viewer browses each project asked about
     * @param levels   whether the viewer sees each (project, level) pair asked about
     */
    public record Answers(Map<String, Boolean> projects, Map<Level, Boolean> levels) {
        public Answers {
            projects = Map.copyOf(projects);
            levels = Map.copyOf(levels);
        }

        /**
         * Whether {@code other} answers every recorded question as recorded. Asks it once per recorded question (a
         * viewer from {@code JiraVisibility} remembers its answers for the request, so this is cheap to repeat).
         */
        public boolean sameFor(VisibilityFilter other) {
            for (Map.Entry<String, Boolean> p : projects.entrySet()) {
                if (other.canBrowseProject(p.getKey()) != p.getValue()) {
                    return false;
                }
            }
            for (Map.Entry<Level, Boolean> l : levels.entrySet()) {
                if (other.canSeeSecurityLevel(l.getKey().projectKey(), l.getKey().securityLevelId()) != l.getValue()) {
                    return false;
                }
            }
            return true;
        }
    }
}
