package io.programoffice.core.milestone;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramFilter;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.program.WeeklyRecord;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Lock;

/**
 * The weekly baseline run, as one node does it: take the cluster-wide lock without waiting (another node holding it
 * is doing the run: this one skips), then, for every program that is not archived and has no weekly baseline for
 * this ISO week (UTC) in the store, take one, and likewise keep this week's other weekly records
 * ({@link WeeklyRecord}, e.g. risk snapshots); unlock. Checking the store under the lock makes the run idempotent:
 * however many nodes start it, and however often, each program gets one weekly baseline per week. A program whose
 * snapshot fails is reported and the others still run. Costs one snapshot per program due. Thread-safe when its
 * collaborators are; the lock makes concurrent runs take turns.
 */
public final class WeeklyBaselines {
    private final Baselines baselines;
    private final ProgramStore programs;
    private final Clock clock;
    private final List<WeeklyRecord> records;

    public WeeklyBaselines(Baselines baselines, ProgramStore programs, Clock clock) {
        this(baselines, programs, clock, List.of());
    }

    /** @param records what else is kept once per program and week, in this order after the baseline */
    public WeeklyBaselines(Baselines baselines, ProgramStore programs, Clock clock, List<WeeklyRecord> records) {
        this.baselines = Objects.requireNonNull(baselines, "baselines");
        this.programs = Objects.requireNonNull(programs, "programs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.records = List.copyOf(records);
    }

    /**
     * What one run did.
     *
     * @param locked   whether this node got the lock (false: another node is running, nothing was done)
     * @param taken    the keys of the programs baselined now
     * @param skipped  the keys of the programs that already had this week's baseline
     * @param failures the programs whose baseline (or other record) failed, as "KEY: reason"
     * @param recorded the other weekly records kept now, as "name KEY"
     */
    public record Run(boolean locked, List<String> taken, List<String> skipped, List<String> failures,
                      List<String> recorded) {
        public Run {
            taken = List.copyOf(taken);
            skipped = List.copyOf(skipped);
            failures = List.copyOf(failures);
            recorded = List.copyOf(recorded);
        }

        /** A run that kept no other records. */
        public Run(boolean locked, List<String> taken, List<String> skipped, List<String> failures) {
            this(locked, taken, skipped, failures, List.of());
        }

        /** A line for the scheduler's record. */
        public String describe() {
            return !locked ? "another node is taking the weekly baselines"
                    : taken.size() + " baselines taken, " + skipped.size() + " programs already had one this week"
                    + (recorded.isEmpty() ? "" : "; kept " + String.join(", ", recorded))
                    + (failures.isEmpty() ? "" : "; failed: " + String.join("; ", failures));
        }
    }

    /** Runs once under {@code clusterLock} (tried, never waited for). */
    public Run run(Lock clusterLock) {
        if (!clusterLock.tryLock()) {
            return new Run(false, List.of(), List.of(), List.of());
        }
        try {
            Instant now = clock.instant();
            List<String> taken = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            List<String> recorded = new ArrayList<>();
            for (Program program : activePrograms()) {
                try {
                    if (baselines.hasWeekly(program, now)) {
                        skipped.add(program.key());
                    } else {
                        baselines.takeWeekly(program);
                        taken.add(program.key());
                    }
                } catch (RuntimeException e) {
                    failures.add(program.key() + ": " + e);
                }
                for (WeeklyRecord record : records) {
                    try {
                        if (!record.has(program, now)) {
                            record.take(program, now);
                            recorded.add(record.name() + " " + program.key());
                        }
                    } catch (RuntimeException e) {
                        failures.add(program.key() + " (" + record.name() + "): " + e);
                    }
                }
            }
            return new Run(true, taken, skipped, failures, recorded);
        } finally {
            clusterLock.unlock();
        }
    }

    private List<Program> activePrograms() {
        List<Program> out = new ArrayList<>();
        ProgramFilter active = new ProgramFilter(null, null, false);
        int start = 0;
        while (true) {
            Page<Program> page = programs.list(active, new PageRequest(start, PageRequest.MAX_RESULTS_CAP));
            out.addAll(page.values());
            if (page.isLast() || page.values().isEmpty()) {
                return out;
            }
            start = page.nextStart();
        }
    }
}
