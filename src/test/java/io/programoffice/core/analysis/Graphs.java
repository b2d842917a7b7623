package io.programoffice.core.analysis;

import io.programoffice.core.scheme.DependencyKind;
import io.programoffice.core.scheme.WorkingCalendar;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dependency graphs drawn as text: {@code graph("A=3, B=2 due=2026-12-04, A->B:FS+2@2026-12-07, B->C:SS")}.
 * <ul>
 *   <li>an issue: {@code KEY=days} then optional words {@code done}, {@code due=DATE}, {@code rel=DATE} (earliest fix
 *       version release), {@code proj=NAME}; the project is otherwise the key up to {@code -} (else {@code P});</li>
 *   <li>a dependency: {@code UP->DOWN}, optional {@code :KIND} (FS when absent) with a lag {@code +n}/{@code -n},
 *       and {@code @DATE} for needed-by; an issue first named in a dependency has 1 day of work.</li>
 * </ul>
 * Issues are numbered in order of first mention. The project starts on Monday 2026-11-30 on a Monday-Friday calendar
 * unless given.
 */
final class Graphs {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final Pattern EDGE = Pattern.compile(
            "([\\w-]+)\\s*->\\s*([\\w-]+)(?::(FS|SS|FF|SF))?([+-]\\d+)?(?:@(\\d{4}-\\d{2}-\\d{2}))?");
    private static final Pattern NODE = Pattern.compile("([\\w-]+)=(\\d+)((?:\\s+\\S+)*)");

    private Graphs() {
    }

    static Fixture graph(String drawing) {
        return graph(WorkingCalendar.WEEKDAYS, MONDAY, drawing);
    }

    static Fixture graph(WorkingCalendar calendar, LocalDate start, String drawing) {
        DependencyGraph.Builder b = DependencyGraph.builder(calendar, start);
        Map<String, Integer> nodes = new LinkedHashMap<>();
        for (String raw : drawing.split(",")) {
            String token = raw.strip();
            if (token.isEmpty()) {
                continue;
            }
            Matcher edge = EDGE.matcher(token);
            Matcher node = NODE.matcher(token);
            if (edge.matches()) {
                int up = node(b, nodes, edge.group(1), 1, "");
                int down = node(b, nodes, edge.group(2), 1, "");
                DependencyKind kind = edge.group(3) == null ? DependencyKind.FS : DependencyKind.valueOf(edge.group(3));
                int lag = edge.group(4) == null ? 0 : Integer.parseInt(edge.group(4));
                LocalDate needed = edge.group(5) == null ? null : LocalDate.parse(edge.group(5));
                b.addDependency(up, down, kind, lag, needed);
            } else if (node.matches()) {
                if (nodes.containsKey(node.group(1))) {
                    throw new IllegalArgumentException("issue drawn twice or after its dependencies: " + token);
                }
                node(b, nodes, node.group(1), Integer.parseInt(node.group(2)), node.group(3));
            } else {
                throw new IllegalArgumentException("cannot read " + token);
            }
        }
        DependencyGraph g = b.build();
        return new Fixture(g, DependencyAnalysis.analyze(g), nodes);
    }

    private static int node(DependencyGraph.Builder b, Map<String, Integer> nodes, String key, int days, String words) {
        Integer known = nodes.get(key);
        if (known != null) {
            return known;
        }
        boolean done = false;
        LocalDate due = null;
        LocalDate release = null;
        String project = key.contains("-") ? key.substring(0, key.indexOf('-')) : "P";
        for (String w : words.strip().split("\\s+")) {
            if (w.equals("done")) {
                done = true;
            } else if (w.startsWith("due=")) {
                due = LocalDate.parse(w.substring(4));
            } else if (w.startsWith("rel=")) {
                release = LocalDate.parse(w.substring(4));
            } else if (w.startsWith("proj=")) {
                project = w.substring(5);
            } else if (!w.isEmpty()) {
                throw new IllegalArgumentException("unknown word " + w + " for " + key);
            }
        }
        int n = b.addIssue(1000L + nodes.size(), key, project, done ? 0 : days, done, due, release);
        nodes.put(key, n);
        return n;
    }

    /** A drawn graph and its analysis, read by key. */
    record Fixture(DependencyGraph graph, DependencyAnalysis analysis, Map<String, Integer> nodes) {
        int node(String key) {
            Integer n = nodes.get(key);
            if (n == null) {
                throw new IllegalArgumentException("no issue " + key);
            }
            return n;
        }

        /** {@code "ES-EF/LS-LF tf ff"} in working days, for compact assertions. */
        String times(String key) {
            int n = node(key);
            DependencyAnalysis a = analysis;
            return a.earlyStart(n) + "-" + a.earlyFinish(n) + "/" + a.lateStart(n) + "-" + a.lateFinish(n)
                    + " tf" + a.totalFloat(n) + " ff" + a.freeFloat(n);
        }

        /** {@code "start..finish"} early dates. */
        String dates(String key) {
            int n = node(key);
            return analysis.earlyStartDate(n) + ".." + analysis.earlyFinishDate(n);
        }
    }
}
