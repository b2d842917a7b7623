package io.programoffice.core.risk;

import io.programoffice.core.index.VisibilityFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The weekly risk snapshots of a program: taking one (a row per project and security level, from the risks as the
 * whole program holds them) and reading the trend a viewer may see (per week, the sums of the rows of projects they
 * may browse and levels they may see). Stateless.
 */
public final class RiskTrend {
    private RiskTrend() {
    }

    /**
     * One week of the trend.
     *
     * @param week       the Monday of the week
     * @param open       open risks
     * @param exposure   the sum of their residual scores
     * @param high       high ones
     * @param unassessed ones without a score
     */
    public record Point(LocalDate week, int open, int exposure, int high, int unassessed) {
    }

    /**
     * The snapshot rows of {@code found} (all of the program's risks) taken at {@code at}: a row for every project in
     * {@code projects} (no level) and for every project and security level a risk is in, zero counts included, so that
     * an empty week is kept too.
     */
    public static List<RiskSnapshot> snapshot(String programKey, Collection<String> projects, ProgramRisks.Found found,
                                              Instant at) {
        Map<String, List<Risk>> byPart = new TreeMap<>();
        projects.forEach(p -> byPart.put(p + " 0", new ArrayList<>()));
        for (Risk r : found.risks()) {
            String project = r.key().substring(0, r.key().lastIndexOf('-'));
            byPart.computeIfAbsent(project + " " + found.levels().getOrDefault(r.key(), 0L), p -> new ArrayList<>())
                    .add(r);
        }
        LocalDate week = RiskSnapshot.weekOf(at);
        List<RiskSnapshot> rows = new ArrayList<>();
        byPart.forEach((part, list) -> {
            RiskExposure e = RiskExposure.of(list, week);
            int space = part.indexOf(' ');
            rows.add(new RiskSnapshot(programKey, week, at, part.substring(0, space),
                    Long.parseLong(part.substring(space + 1)), e.open(), e.exposure(), e.high(), e.unassessed()));
        });
        return rows;
    }

    /** Per week (oldest first), the sums of the rows {@code viewer} may see: their project and their level. */
    public static List<Point> of(List<RiskSnapshot> rows, VisibilityFilter viewer) {
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        for (RiskSnapshot r : rows) {
            int[] sums = weeks.computeIfAbsent(r.week(), w -> new int[4]);
            if (viewer.canBrowseProject(r.project()) && (r.securityLevelId() == 0
                    || viewer.canSeeSecurityLevel(r.project(), r.securityLevelId()))) {
                sums[0] += r.open();
                sums[1] += r.exposure();
                sums[2] += r.high();
                sums[3] += r.unassessed();
            }
        }
        List<Point> out = new ArrayList<>();
        weeks.forEach((week, s) -> out.add(new Point(week, s[0], s[1], s[2], s[3])));
        return out;
    }

    /** Keeps a program's risk snapshot once per week, for the weekly run. */
    public static io.programoffice.core.program.WeeklyRecord weekly(RiskSnapshotStore store,
            Function<io.programoffice.core.program.Program, ProgramRisks.Found> risks) {
        return new io.programoffice.core.program.WeeklyRecord() {
            @Override
            public String name() {
                return "risk snapshots";
            }

            @Override
            public boolean has(io.programoffice.core.program.Program program, Instant now) {
                return store.hasWeek(program.key(), RiskSnapshot.weekOf(now));
            }

            @Override
            public void take(io.programoffice.core.program.Program program, Instant now) {
                Set<String> projects = new TreeSet<>(program.projectKeys());
                store.add(snapshot(program.key(), projects, risks.apply(program), now));
            }
        };
    }
}
