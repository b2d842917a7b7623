package io.programoffice.core.milestone;

import io.programoffice.core.dependency.DependencyRecord;
import io.programoffice.core.index.KeptResults;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.RecordedVisibility;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.ProgramScheme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A node's memory of a program's milestone reports (forecasts included), reused while nothing they were computed from
 * changed, as {@link io.programoffice.core.dependency.AnalysisCache} keeps dependency analyses. A result is reused only
 * when all of these are equal to what it was computed from:
 * <ul>
 *   <li>the {@link Inputs}: the program (with its row version), its scheme, the milestones as stored (ids, versions
 *       and every field, read from the store for this request), the open dependencies' metadata, the dependency
 *       analysis the reports read (the same instance: the analysis cache gives a new one whenever anything it was
 *       computed from changed, release dates included), this node's program index (the same instance with the same
 *       {@link ProgramIndex#modifications()} count), the program's membership (the same instance), the ids each JQL
 *       scope's query matched (run again through the host's search for every request), today, the throughput window
 *       and the number of trials;</li>
 *   <li>the viewer's answers to every visibility question the computation asked ({@link RecordedVisibility}): a result
 *       is shared only by viewers who may see exactly the same of it, so a viewer who sees less never gets it.</li>
 * </ul>
 * Every input is read again (or compared) on every call; only the computation (the index scan, the Monte Carlo
 * forecasts, the burnups and the critical paths) is skipped. A computation must depend on nothing but these inputs and
 * the visibility filter it is given.
 *
 * <p>Memory: per program at most {@value #VIEWS_PER_PROGRAM} results, the newest first (the inputs hold the viewer's
 * own dependency analysis, so viewers who see differently have different inputs and each keeps its result; a result
 * whose inputs changed is never used again and falls out), at most {@value #MAX_PROGRAMS} programs (when
 * full, the memory is emptied); a new index instance (a rebuild) empties it too. Cost of a hit: comparing the inputs
 * (O(milestones + open dependencies + JQL matches)) and re-asking the recorded questions. Thread-safe; concurrent
 * misses may compute the same result twice, and the last stored wins.
 *
 * @param <V> what is kept: the reports of the program's milestones
 */
public final class MilestoneReportCache<V> {
    /** Most results kept for one program (viewers with different visibility). */
    public static final int VIEWS_PER_PROGRAM = 4;
    /** Most programs kept. */
    public static final int MAX_PROGRAMS = 500;

    /** Newest first whatever their inputs: the inputs hold each viewer's own analysis. */
    private final KeptResults<Inputs, V> kept = new KeptResults<>(VIEWS_PER_PROGRAM, MAX_PROGRAMS, false);

    /**
     * Everything a program's milestone reports are computed from besides the viewer. Compared with {@code equals}
     * (the analysis, index and membership by identity).
     *
     * @param program       the program as stored
     * @param scheme        the program's scheme as stored (the default scheme when it has none)
     * @param milestones    the program's milestones as stored, in their order
     * @param open          the open dependencies' metadata, as read for this request
     * @param analysis      the dependency analysis the reports use (compared by identity)
     * @param index         this node's program index
     * @param modifications {@code index.modifications()} read before the index is read
     * @param membership    the program's membership in that index
     * @param jqlMatches    per milestone id with a JQL scope, the sorted ids its query matched for this request
     * @param today         the day forecasts start on
     * @param windowDays    the throughput window in working days
     * @param trials        the forecast's trials
     */
    public record Inputs(Program program, ProgramScheme scheme, List<Milestone> milestones,
                         List<DependencyRecord> open, Object analysis, ProgramIndex index, long modifications,
                         ProgramMembership membership, Map<Long, List<Long>> jqlMatches, LocalDate today,
                         MilestoneReporter.Unit unit, long baselineId, int windowDays, int trials) {
        public Inputs {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(scheme, "scheme");
            milestones = List.copyOf(milestones);
            open = List.copyOf(open);
            Objects.requireNonNull(analysis, "analysis");
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(membership, "membership");
            jqlMatches = Map.copyOf(jqlMatches);
            Objects.requireNonNull(today, "today");
        }
    }

    /**
     * The value for {@code inputs} as {@code viewer} sees it: a kept one when everything it was computed from is
     * unchanged, else computed now through a recording viewer (and kept).
     *
     * @param computation computes the value, asking only the viewer it is given for visibility
     */
    public V get(Inputs inputs, VisibilityFilter viewer, Function<VisibilityFilter, V> computation) {
        String key = inputs.program().key();
        V found = kept.find(key, inputs.index(), inputs, viewer, v -> true);
        if (found != null) {
            return found;
        }
        RecordedVisibility recorded = new RecordedVisibility(viewer);
        V value = computation.apply(recorded);
        kept.keep(key, inputs, recorded, value);
        return value;
    }

    /** Forgets everything (for tests; never needed for correctness). */
    public void clear() {
        kept.clear();
    }

    /** How many results are kept for this program. */
    public int size(String programKey) {
        return kept.size(programKey);
    }
}
