package io.programoffice.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Results kept per program and per viewer's visibility answers ({@link RecordedVisibility}): a result is found again
 * only for equal inputs and a viewer who answers every recorded visibility question as before, so a viewer who sees
 * less never gets another's. Newest first, at most {@code perProgram} results a program and {@code maxPrograms}
 * programs (when full, the memory is emptied); a new index instance (a rebuild) empties it too. Thread-safe;
 * concurrent misses may keep the same result twice, and the last stored comes first.
 *
 * @param <I> what a result is computed from besides the viewer (compared with {@code equals})
 * @param <V> the result (never null)
 */
public final class KeptResults<I, V> {
    private record Kept<I, V>(I inputs, RecordedVisibility.Answers answers, V value) {
    }

    private final int perProgram;
    private final int maxPrograms;
    private final boolean latestInputsOnly;
    private final Map<String, List<Kept<I, V>>> byProgram = new ConcurrentHashMap<>();
    /** The index the kept results were computed from. */
    private volatile ProgramIndex lastIndex;

    /**
     * @param latestInputsOnly whether a new result drops those of other inputs (true when the inputs are the same for
     *                         every viewer); else they stay until newer ones push them out
     */
    public KeptResults(int perProgram, int maxPrograms, boolean latestInputsOnly) {
        this.perProgram = perProgram;
        this.maxPrograms = maxPrograms;
        this.latestInputsOnly = latestInputsOnly;
    }

    /**
     * The program's kept result for {@code inputs} that {@code viewer} answers like its recorded viewer and that
     * {@code stillValid} accepts (asked last, only of such results), or null. Computed from another index instance
     * than {@code index}, nothing is found and everything is forgotten.
     */
    public V find(String program, ProgramIndex index, I inputs, VisibilityFilter viewer, Predicate<V> stillValid) {
        if (index != lastIndex) { // a rebuilt index: no kept result can match, and none may hold the old one
            byProgram.clear();
            lastIndex = index;
        }
        for (Kept<I, V> k : byProgram.getOrDefault(program, List.of())) {
            if (k.inputs.equals(inputs) && k.answers.sameFor(viewer) && stillValid.test(k.value)) {
                return k.value;
            }
        }
        return null;
    }

    /** Keeps {@code value}, computed for {@code inputs} through {@code recorded}, first among the program's. */
    public void keep(String program, I inputs, RecordedVisibility recorded, V value) {
        Kept<I, V> entry = new Kept<>(inputs, recorded.answers(), value);
        if (byProgram.size() >= maxPrograms && !byProgram.containsKey(program)) {
            byProgram.clear();
        }
        byProgram.compute(program, (k, old) -> {
            List<Kept<I, V>> kept = new ArrayList<>();
            kept.add(entry);
            if (old != null) {
                for (Kept<I, V> e : old) {
                    boolean sameInputs = e.inputs.equals(inputs);
                    if (kept.size() < perProgram && (!latestInputsOnly || sameInputs)
                            && !(sameInputs && e.answers.equals(entry.answers))) {
                        kept.add(e);
                    }
                }
            }
            return List.copyOf(kept);
        });
    }

    /** Forgets everything. */
    public void clear() {
        byProgram.clear();
    }

    /** How many results are kept for this program. */
    public int size(String program) {
        return byProgram.getOrDefault(program, List.of()).size();
    }
}
