package io.programoffice.core.dependency;

import io.programoffice.core.index.KeptResults;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.RecordedVisibility;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.ProgramScheme;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A node's memory of program dependency analyses (or anything computed the same way), reused while nothing they were
 * computed from changed. A result is reused only when all of these are equal to what it was computed from:
 * <ul>
 *   <li>the {@link Inputs}: the program (with its row version), its scheme (with its version), the open dependencies'
 *       metadata (every record, as read from the store for this request: the store is shared by the cluster's nodes,
 *       so a change written on any node is seen), this node's program index (the same instance with the same
 *       {@link ProgramIndex#modifications()} count), the program's membership (the same instance: JQL matches are
 *       re-evaluated into a new one) and today's date;</li>
 *   <li>the viewer's answers to every visibility question the computation asked ({@link RecordedVisibility}): so a
 *       result is shared only by viewers who may see exactly the same of it, and never shows or counts an issue the
 *       viewer may not browse;</li>
 *   <li>the release dates of every project whose dates the computation read, read again from the host (Jira keeps
 *       versions in its own cluster-wide caches).</li>
 * </ul>
 * Nothing is trusted from events alone: every input is read again (or compared) on every call, only the computation
 * is skipped. A computation must depend on nothing but these inputs, the visibility filter and the release-date
 * reader it is given.
 *
 * <p>Memory: per program at most {@value #VIEWS_PER_PROGRAM} results, all for the latest inputs (one per distinct set
 * of visibility answers; a new result for other inputs drops the older ones), and at most {@value #MAX_PROGRAMS}
 * programs (when full, the memory is emptied); a new index instance (a rebuild) empties it too, so no kept result holds
 * an old index. Cost of a hit: comparing the inputs (O(open dependencies), the
 * records being compared field by field) and re-asking the recorded questions and release dates. Thread-safe;
 * concurrent misses may compute the same result twice, and the last stored wins.
 *
 * @param <V> what is kept: the analysis, or a value derived from it
 */
public final class AnalysisCache<V> {
    /** Most results kept for one program (viewers with different visibility). */
    public static final int VIEWS_PER_PROGRAM = 4;
    /** Most programs kept. */
    public static final int MAX_PROGRAMS = 500;

    private final KeptResults<Inputs, Kept<V>> kept = new KeptResults<>(VIEWS_PER_PROGRAM, MAX_PROGRAMS, true);

    /**
     * Everything a program's analysis is computed from besides the viewer and the release dates. Compared with
     * {@code equals} (the index and membership by identity).
     *
     * @param program       the program as stored (its version moves on every change)
     * @param scheme        the program's scheme as stored
     * @param open          the open dependencies' metadata, as read for this request
     * @param index         this node's program index
     * @param modifications {@code index.modifications()} read before the index is read
     * @param membership    the program's membership in that index
     * @param today         the day scheduling starts on
     */
    public record Inputs(Program program, ProgramScheme scheme, List<DependencyRecord> open, ProgramIndex index,
                         long modifications, ProgramMembership membership, LocalDate today) {
        public Inputs {
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(scheme, "scheme");
            open = List.copyOf(open);
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(membership, "membership");
            Objects.requireNonNull(today, "today");
        }
    }

    /** What a computation is given: the recording viewer, and a release-date reader that records what it read. */
    public interface Computation<V> {
        /**
         * @param viewer       ask only this for visibility
         * @param releaseDates the release dates of a project's versions by name (dated, unarchived versions only),
         *                     read through this only
         */
        V compute(VisibilityFilter viewer, Function<String, Map<String, LocalDate>> releaseDates);
    }

    /** A result with the release dates its computation read. */
    private record Kept<V>(Map<String, Map<String, LocalDate>> releaseDates, V value) {
    }

    /**
     * The value for {@code inputs} as {@code viewer} sees it: a kept one when everything it was computed from is
     * unchanged, else computed now (and kept).
     *
     * @param readReleaseDates reads the release dates of these projects from the host (projects it does not know are
     *                         absent from the answer)
     */
    public V get(Inputs inputs, VisibilityFilter viewer,
                 Function<Collection<String>, Map<String, Map<String, LocalDate>>> readReleaseDates,
                 Computation<V> computation) {
        String key = inputs.program().key();
        Map<String, Map<String, LocalDate>> reread = new HashMap<>();
        Kept<V> found = kept.find(key, inputs.index(), inputs, viewer,
                k -> sameReleaseDates(k.releaseDates, reread, readReleaseDates));
        if (found != null) {
            return found.value;
        }
        RecordedVisibility recorded = new RecordedVisibility(viewer);
        Map<String, Map<String, LocalDate>> read = new ConcurrentHashMap<>();
        V value = computation.compute(recorded, project -> read.computeIfAbsent(project,
                p -> Map.copyOf(readReleaseDates.apply(List.of(p)).getOrDefault(p, Map.of()))));
        kept.keep(key, inputs, recorded, new Kept<>(Map.copyOf(read), value));
        return value;
    }

    /** Forgets everything (for tests and administrators' rebuilds; never needed for correctness). */
    public void clear() {
        kept.clear();
    }

    /** How many results are kept for this program. */
    public int size(String programKey) {
        return kept.size(programKey);
    }

    private static boolean sameReleaseDates(Map<String, Map<String, LocalDate>> recorded,
                                            Map<String, Map<String, LocalDate>> reread,
                                            Function<Collection<String>, Map<String, Map<String, LocalDate>>> read) {
        if (recorded.isEmpty()) {
            return true;
        }
        Set<String> missing = new java.util.HashSet<>(recorded.keySet());
        missing.removeAll(reread.keySet());
        if (!missing.isEmpty()) {
            Map<String, Map<String, LocalDate>> now = read.apply(missing);
            for (String p : missing) {
                reread.put(p, Map.copyOf(now.getOrDefault(p, Map.of())));
            }
        }
        for (Map.Entry<String, Map<String, LocalDate>> e : recorded.entrySet()) {
            if (!e.getValue().equals(reread.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
