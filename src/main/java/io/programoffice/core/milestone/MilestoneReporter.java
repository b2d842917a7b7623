package io.programoffice.core.milestone;

import io.programoffice.core.forecast.ForecastResult;
import io.programoffice.core.forecast.ForecastThreads;
import io.programoffice.core.forecast.ForecastWork;
import io.programoffice.core.forecast.MonteCarloForecast;
import io.programoffice.core.forecast.Throughput;
import io.programoffice.core.scheme.WorkingCalendar;
import io.programoffice.core.validation.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes a {@link MilestoneReport}: progress over the milestone's issues, a Monte Carlo forecast of its open issues
 * and of the open issues upstream of them (through the program's dependencies, as far as the viewer may browse), each
 * team's pace from the program's issues it resolved in the window, and the status:
 * <ul>
 *   <li>red when the target has passed with open issues, or when the P50 forecast is after the target;</li>
 *   <li>amber when the P85 forecast is after the target, when a dependency the milestone's issues wait on is late,
 *       when its scope changed by {@value #SCOPE_CHANGE_PERCENT}% or more since the newest baseline, when it cannot
 *       forecast, or when no issue is in scope;</li>
 *   <li>green otherwise (P85 on or before the target, or everything done).</li>
 * </ul>
 * Every rule that applies gives a reason in words, the most serious first; forecast warnings follow. The forecast is
 * seeded with the milestone's id, so the same inputs give the same report. Stateless and thread-safe.
 */
public final class MilestoneReporter {
    /** A net change of scope since the newest baseline of this percentage or more makes a milestone amber. */
    public static final int SCOPE_CHANGE_PERCENT = 10;
    /** The throughput window by default, in working days (about three months). */
    public static final int DEFAULT_WINDOW = 60;
    public static final int DEFAULT_TRIALS = 10_000;
    private static final String R = "program-office.milestone.reason.";

    private MilestoneReporter() {
    }

    /**
     * What a team's pace counts: resolved issues, or their estimates (the scheme's estimate source). Counting
     * estimates, an issue without one counts as the mean of the team's estimated issues resolved in the window (else
     * of all its estimated issues, else 1), on both sides: resolved and open.
     */
    public enum Unit {
        ISSUES, ESTIMATE
    }

    /** A dependency between two of the program's issues: {@code dependent} waits on {@code upstream}. */
    public record Dependency(String upstreamKey, String dependentKey) {
    }

    /**
     * The report of {@code milestone}.
     *
     * @param inScope      the issues of its scope the viewer may browse
     * @param program      every issue of the program the viewer may browse, by key (upstream issues and paces)
     * @param dependencies the program's dependencies between those issues
     * @param lateUpstream how many late dependencies have a dependent in scope
     * @param calendar     the program's working calendar
     */
    public static MilestoneReport report(Milestone milestone, List<MilestoneIssue> inScope,
                                         Map<String, MilestoneIssue> program, List<Dependency> dependencies,
                                         int lateUpstream, WorkingCalendar calendar, int windowDays, int trials,
                                         Clock clock) {
        return report(milestone, inScope, program, dependencies, lateUpstream, calendar, Unit.ISSUES, windowDays,
                trials, clock);
    }

    /** As {@link #report(Milestone, List, Map, List, int, WorkingCalendar, int, int, Clock)}, counting {@code unit}. */
    public static MilestoneReport report(Milestone milestone, List<MilestoneIssue> inScope,
                                         Map<String, MilestoneIssue> program, List<Dependency> dependencies,
                                         int lateUpstream, WorkingCalendar calendar, Unit unit, int windowDays,
                                         int trials, Clock clock) {
        return report(milestone, inScope, program, dependencies, lateUpstream, null, calendar, unit, windowDays,
                trials, clock, ForecastThreads.CALLER);
    }

    /**
     * As {@link #report(Milestone, List, Map, List, int, WorkingCalendar, Unit, int, int, Clock)}, with the change
     * of scope since the program's newest baseline (null without one): a net change of
     * {@value #SCOPE_CHANGE_PERCENT}% or more either way makes the milestone at least amber; the forecast's trials
     * run on {@code threads}.
     */
    public static MilestoneReport report(Milestone milestone, List<MilestoneIssue> inScope,
                                         Map<String, MilestoneIssue> program, List<Dependency> dependencies,
                                         int lateUpstream, ScopeChange scopeChange, WorkingCalendar calendar,
                                         Unit unit, int windowDays, int trials, Clock clock,
                                         ForecastThreads threads) {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(unit, "unit");
        LocalDate today = LocalDate.now(clock);
        int done = 0;
        double total = 0;
        double doneEstimate = 0;
        boolean allEstimated = !inScope.isEmpty();
        for (MilestoneIssue i : inScope) {
            double e = i.estimate() == null ? 0 : i.estimate();
            allEstimated &= i.estimate() != null;
            total += e;
            if (i.done()) {
                done++;
                doneEstimate += e;
            }
        }
        double percent = inScope.isEmpty() ? 0 : allEstimated && total > 0 ? 100 * doneEstimate / total
                : 100.0 * done / inScope.size();
        if (windowDays < 1 || windowDays > Throughput.MAX_WINDOW) {
            throw new IllegalArgumentException("the window must be 1.." + Throughput.MAX_WINDOW + " working days");
        }
        if (trials < MonteCarloForecast.MIN_TRIALS || trials > MonteCarloForecast.MAX_TRIALS) {
            throw new IllegalArgumentException("trials must be " + MonteCarloForecast.MIN_TRIALS + ".."
                    + MonteCarloForecast.MAX_TRIALS);
        }
        Work work = work(inScope, program, dependencies);
        int open = inScope.size() - done;
        ForecastResult forecast = null;
        if (open > 0) {
            List<Throughput> paces = new ArrayList<>();
            Map<String, Double> unestimated = new HashMap<>();
            LocalDate windowStart = new io.programoffice.core.analysis.WorkingDays(calendar, today).date(-windowDays);
            for (String team : work.teams) {
                double size = unit == Unit.ISSUES ? 1 : unestimatedSize(program, team, windowStart);
                unestimated.put(team, size);
                paces.add(Throughput.of(team, resolutions(program, team, unit, size), calendar, today, windowDays));
            }
            forecast = MonteCarloForecast.run(work.build(unit, unestimated), paces, calendar, milestone.targetDate(),
                    trials, milestone.id(), clock, threads);
        }
        List<Reason> reasons = new ArrayList<>();
        if (inScope.isEmpty()) {
            reasons.add(new Reason(Rag.AMBER, milestone.scope().kind() == MilestoneScope.Kind.FIX_VERSION
                    ? Problem.of(R + "empty.version", milestone.scope().text()) : Problem.of(R + "empty")));
        } else if (open == 0) {
            reasons.add(new Reason(Rag.GREEN, Problem.of(R + "all.done", done)));
        } else if (!forecast.forecasted()) {
            reasons.add(new Reason(Rag.AMBER, forecast.reason()));
        } else {
            LocalDate target = milestone.targetDate();
            if (today.isAfter(target)) {
                reasons.add(new Reason(Rag.RED, Problem.of(R + "target.passed", target.toString(), open)));
            } else if (forecast.p50().isAfter(target)) {
                reasons.add(new Reason(Rag.RED, Problem.of(R + "p50.after", forecast.p50().toString(),
                        ChronoUnit.DAYS.between(target, forecast.p50()))));
            } else if (forecast.p85().isAfter(target)) {
                reasons.add(new Reason(Rag.AMBER, Problem.of(R + "p85.after", forecast.p85().toString(),
                        ChronoUnit.DAYS.between(target, forecast.p85()))));
            } else {
                reasons.add(new Reason(Rag.GREEN, Problem.of(R + "p85.before", forecast.p85().toString(),
                        target.toString())));
            }
        }
        if (lateUpstream > 0 && open > 0) {
            reasons.add(new Reason(Rag.AMBER, Problem.of(R + "late.upstream", lateUpstream)));
        }
        if (scopeChange != null && Math.abs(scopeChange.percent()) >= SCOPE_CHANGE_PERCENT) {
            reasons.add(new Reason(Rag.AMBER, Problem.of(R + "scope.change", (scopeChange.percent() > 0 ? "+" : "")
                    + scopeChange.percent(), scopeChange.baselineOn().toString(), scopeChange.added(),
                    scopeChange.removed())));
        }
        Rag rag = Rag.GREEN;
        for (Reason r : reasons) {
            rag = rag.worst(r.rag);
        }
        reasons.sort(Comparator.comparing((Reason r) -> r.rag).reversed());
        List<Problem> words = new ArrayList<>();
        reasons.forEach(r -> words.add(r.problem));
        if (forecast != null) {
            words.addAll(forecast.warnings());
        }
        return new MilestoneReport(milestone, inScope.size(), done, total, doneEstimate, percent, scopeChange, forecast,
                new MilestoneReport.ForecastInputs(work.teams, unit, windowDays,
                        forecast == null ? 0 : forecast.trials(), work.issues, work.dependencies), rag, words);
    }

    private record Reason(Rag rag, Problem problem) {
    }

    /** The program's issues of {@code team} resolved, each counting 1 or its estimate ({@code unestimated} without). */
    private static List<Throughput.Resolution> resolutions(Map<String, MilestoneIssue> program, String team,
                                                           Unit unit, double unestimated) {
        List<Throughput.Resolution> out = new ArrayList<>();
        for (MilestoneIssue i : program.values()) {
            if (i.done() && i.resolved() != null && i.team().equals(team)) {
                out.add(new Throughput.Resolution(i.resolved(), size(i, unit, unestimated)));
            }
        }
        return out;
    }

    private static double size(MilestoneIssue i, Unit unit, double unestimated) {
        return unit == Unit.ISSUES ? 1 : i.estimate() != null && i.estimate() > 0 ? i.estimate() : unestimated;
    }

    /** What an unestimated issue of {@code team} counts for: see {@link Unit}. */
    private static double unestimatedSize(Map<String, MilestoneIssue> program, String team, LocalDate windowStart) {
        double recent = 0;
        int recentCount = 0;
        double all = 0;
        int allCount = 0;
        for (MilestoneIssue i : program.values()) {
            if (!i.team().equals(team) || i.estimate() == null || !(i.estimate() > 0)) {
                continue;
            }
            all += i.estimate();
            allCount++;
            if (i.done() && i.resolved() != null && !i.resolved().isBefore(windowStart)) {
                recent += i.estimate();
                recentCount++;
            }
        }
        return recentCount > 0 ? recent / recentCount : allCount > 0 ? all / allCount : 1;
    }

    /** The open issues to simulate: those in scope and, transitively, the open issues they wait on. */
    private static Work work(List<MilestoneIssue> inScope, Map<String, MilestoneIssue> program,
                             List<Dependency> dependencies) {
        Map<String, List<String>> upstreamOf = new HashMap<>();
        for (Dependency d : dependencies) {
            upstreamOf.computeIfAbsent(d.dependentKey(), k -> new ArrayList<>()).add(d.upstreamKey());
        }
        Map<String, MilestoneIssue> chosen = new LinkedHashMap<>();
        Map<String, Boolean> inMilestone = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (MilestoneIssue i : inScope) {
            if (!i.done() && chosen.putIfAbsent(i.key(), i) == null) {
                inMilestone.put(i.key(), true);
                queue.add(i.key());
            }
        }
        List<Dependency> kept = new ArrayList<>();
        while (!queue.isEmpty()) {
            String key = queue.poll();
            for (String up : upstreamOf.getOrDefault(key, List.of())) {
                MilestoneIssue u = program.get(up);
                if (u == null || u.done()) {
                    continue; // done work no longer delays; an issue the viewer cannot browse is not counted
                }
                kept.add(new Dependency(up, key));
                if (chosen.putIfAbsent(up, u) == null) {
                    inMilestone.put(up, false);
                    queue.add(up);
                }
            }
        }
        return new Work(chosen, inMilestone, kept);
    }

    private static final class Work {
        final List<String> teams = new ArrayList<>();
        final Map<String, MilestoneIssue> issuesByKey;
        final Map<String, Boolean> inMilestone;
        final List<Dependency> kept;
        final int issues;
        final int dependencies;

        Work(Map<String, MilestoneIssue> issues, Map<String, Boolean> inMilestone, List<Dependency> kept) {
            this.issuesByKey = issues;
            this.inMilestone = inMilestone;
            this.kept = kept;
            this.issues = issues.size();
            this.dependencies = kept.size();
            issues.values().stream().map(MilestoneIssue::team).distinct().sorted().forEach(teams::add);
        }

        ForecastWork build(Unit unit, Map<String, Double> unestimated) {
            ForecastWork.Builder b = ForecastWork.builder(Math.max(1, teams.size()));
            Map<String, Integer> number = new HashMap<>();
            for (MilestoneIssue i : issuesByKey.values()) {
                number.put(i.key(), b.addIssue(teams.indexOf(i.team()), size(i, unit, unestimated.get(i.team())),
                        inMilestone.get(i.key())));
            }
            for (Dependency d : kept) {
                b.addDependency(number.get(d.upstreamKey()), number.get(d.dependentKey()));
            }
            return b.build();
        }
    }
}
