package io.programoffice.core.milestone;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.validation.Problem;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The rules for a program's baselines. Every viewer of the program lists and compares them; its owners and Jira
 * administrators take one by hand ({@link ForbiddenException} otherwise); the weekly job takes one per program and
 * ISO week (UTC). A baseline keeps every issue in each milestone's scope; readers count only the issues they may
 * browse: {@link #compare} and {@link #baselineScope} take a predicate over issue ids built from the viewer's
 * visibility and never count an id it refuses. Comparing costs O(issues in both sides' scopes). Thread-safe when the
 * store and snapshots are.
 */
public final class Baselines {
    private static final String E = "program-office.error.baseline.";

    /** Takes the snapshots of a program's milestones now, seeing every issue (a system task). */
    @FunctionalInterface
    public interface Snapshots {
        /** The program's milestones now, in their order. */
        List<MilestoneSnapshot> take(Program program);
    }

    private final BaselineStore store;
    private final Snapshots snapshots;
    private final Clock clock;

    public Baselines(BaselineStore store, Snapshots snapshots, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Takes and stores a baseline by hand.
     *
     * @throws ForbiddenException when the actor is neither an owner of the program nor an administrator
     */
    public MilestoneBaseline take(Actor actor, Program program) {
        if (!Milestones.mayEdit(actor, program)) {
            throw new ForbiddenException(Problem.of(E + "not.owner", program.key()));
        }
        return store.create(new MilestoneBaseline(0, program.key(), clock.instant(), actor.username(),
                MilestoneBaseline.Kind.MANUAL, snapshots.take(program)));
    }

    /** Takes and stores the weekly baseline of the program (the caller checked there is none this week). */
    public MilestoneBaseline takeWeekly(Program program) {
        return store.create(new MilestoneBaseline(0, program.key(), clock.instant(), null,
                MilestoneBaseline.Kind.WEEKLY, snapshots.take(program)));
    }

    /** Whether the program has its weekly baseline for the ISO week (UTC) of {@code now}. */
    public boolean hasWeekly(Program program, Instant now) {
        LocalDate monday = now.atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        return store.hasWeekly(program.key(), from, from.plus(7, ChronoUnit.DAYS));
    }

    /** The program's baselines, newest first. */
    public Page<BaselineSummary> list(Program program, PageRequest page) {
        return store.list(program.key(), page);
    }

    /** One of the program's baselines. */
    public MilestoneBaseline get(Program program, long id) {
        return store.find(id).filter(b -> b.programKey().equals(program.key()))
                .orElseThrow(() -> new NotFoundException(Problem.of(E + "not.found", id, program.key())));
    }

    /** The program's milestones now, as a baseline would keep them (not stored). */
    public List<MilestoneSnapshot> now(Program program) {
        return snapshots.take(program);
    }

    /**
     * How each milestone changed from {@code before} to {@code after}, matched by milestone id: first those of
     * {@code after} in its order (on both sides, or added), then those only before (removed). Issues whose id
     * {@code visible} refuses are not counted on either side.
     */
    public static List<BaselineComparison> compare(LongPredicate visible, List<MilestoneSnapshot> before,
                                                   List<MilestoneSnapshot> after) {
        Objects.requireNonNull(visible, "visible");
        Map<Long, MilestoneSnapshot> beforeById = new LinkedHashMap<>();
        before.forEach(s -> beforeById.put(s.milestoneId(), s));
        Set<Long> seen = new HashSet<>();
        List<BaselineComparison> out = new ArrayList<>();
        for (MilestoneSnapshot a : after) {
            if (seen.add(a.milestoneId())) {
                out.add(compare(visible, beforeById.get(a.milestoneId()), a));
            }
        }
        for (MilestoneSnapshot b : beforeById.values()) {
            if (!seen.contains(b.milestoneId())) {
                out.add(compare(visible, b, null));
            }
        }
        return out;
    }

    private static BaselineComparison compare(LongPredicate visible, MilestoneSnapshot b, MilestoneSnapshot a) {
        Set<Long> was = b == null ? Set.of() : visibleIds(visible, b);
        Set<Long> is = a == null ? Set.of() : visibleIds(visible, a);
        int added = 0;
        for (Long id : is) {
            added += was.contains(id) ? 0 : 1;
        }
        int removed = 0;
        for (Long id : was) {
            removed += is.contains(id) ? 0 : 1;
        }
        BaselineComparison.Status status = b == null ? BaselineComparison.Status.ADDED
                : a == null ? BaselineComparison.Status.REMOVED : BaselineComparison.Status.BOTH;
        Double percent = b == null || a == null || was.isEmpty() ? null
                : Math.round(1000.0 * (is.size() - was.size()) / was.size()) / 10.0;
        MilestoneSnapshot named = a == null ? b : a;
        return new BaselineComparison(named.milestoneId(), named.name(), status, b == null ? null : was.size(),
                a == null ? null : is.size(), added, removed, percent,
                b == null ? null : b.targetDate(), a == null ? null : a.targetDate(),
                days(b == null ? null : b.targetDate(), a == null ? null : a.targetDate()),
                b == null ? null : b.p85(), a == null ? null : a.p85(),
                days(b == null ? null : b.p85(), a == null ? null : a.p85()));
    }

    private static Set<Long> visibleIds(LongPredicate visible, MilestoneSnapshot s) {
        Set<Long> ids = new HashSet<>();
        for (MilestoneSnapshot.ScopeIssue i : s.scope()) {
            if (visible.test(i.id())) {
                ids.add(i.id());
            }
        }
        return ids;
    }

    private static Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }

    /**
     * For the rule "scope +N% since baseline": the scope size of each milestone in the program's newest baseline, by
     * milestone id, counting only issues {@code visible} accepts; empty when the program has no baseline.
     */
    public Map<Long, Integer> baselineScope(Program program, LongPredicate visible) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        store.latest(program.key()).ifPresent(b -> b.milestones().forEach(
                s -> out.put(s.milestoneId(), visibleIds(visible, s).size())));
        return out;
    }
}
