package io.programoffice.core.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The program index against its DESIGN.md budgets: build from 100,000 issues and 250,000 links (≤ 300 ms), one
 * event on a 100,000-issue index (≤ 20 µs p99, sampled one by one), and a permission-filtered count over 100,000
 * issues (≤ 10 ms), next to the same count recomputed from the issue records. Data: {@link RandomPrograms}, seed 42.
 *
 * <p>Run: {@code mvn -q -Pworkbench,bench test-compile exec:exec@jmh -Djmh.args="ProgramIndexBenchmark -f 1 -wi 2 -i 3"}
 */
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ProgramIndexBenchmark {
    private static final int EVENTS = 4096; // distinct events cycled through; a power of two

    /** The generated records. */
    @State(Scope.Benchmark)
    public static class Records {
        @Param("100000")
        public int issues;

        @Param("250000")
        public int links;

        public List<IssueRecord> records;

        @Setup(Level.Trial)
        public void generate() {
            if (records == null) {
                records = RandomPrograms.generate(42, issues, links);
            }
        }
    }

    /** An index built from the records, and a viewer who browses half the projects and one security level of three. */
    @State(Scope.Benchmark)
    public static class Built extends Records {
        public ProgramIndex index;
        public VisibilityFilter viewer;
        public Set<String> viewerProjects;
        public Set<Long> viewerLevels;

        @Setup(Level.Trial)
        public void buildIndex() {
            generate();
            index = ProgramIndex.build(records);
            viewerProjects = new HashSet<>();
            for (int p = 0; p < RandomPrograms.PROJECTS; p += 2) {
                viewerProjects.add(RandomPrograms.projectKey(p));
            }
            viewerLevels = Set.of(10_000L);
            viewer = VisibilityFilter.of(viewerProjects, viewerLevels);
        }
    }

    /**
     * Upserts in pairs: an issue with a new status, assignee and update time, one link fewer and one new link; then
     * the issue as it was. Each upsert changes fields and links at both ends; the index returns to its start state.
     */
    @State(Scope.Benchmark)
    public static class Upserts extends Built {
        IssueRecord[] sequence;
        int next;

        @Setup(Level.Trial)
        public void events() {
            buildIndex();
            SplittableRandom rnd = new SplittableRandom(7);
            sequence = new IssueRecord[EVENTS];
            for (int k = 0; k < EVENTS; k += 2) {
                IssueRecord before = records.get(rnd.nextInt(issues));
                List<LinkRecord> links = new ArrayList<>(before.links());
                if (!links.isEmpty()) {
                    links.remove(0);
                }
                links.add(new LinkRecord(50_000_000L + k, "Blocks", LinkRecord.Direction.OUTWARD,
                        otherThan(rnd, before.id())));
                sequence[k] = new IssueRecord(before.id(), before.key(), before.projectKey(), before.issueType(),
                        "In Progress", io.programoffice.core.program.StatusCategory.INDETERMINATE, null,
                        before.createdMillis(), before.updatedMillis() + 1, before.fixVersions(), before.components(),
                        "user" + rnd.nextInt(500), before.parentId(), before.estimate(), before.team(),
                        before.securityLevelId(), links);
                sequence[k + 1] = before;
            }
        }

        int otherThan(SplittableRandom rnd, long id) {
            int other;
            do {
                other = rnd.nextInt(issues);
            } while (RandomPrograms.FIRST_ID + other == id);
            return other + (int) RandomPrograms.FIRST_ID;
        }
    }

    /** A pool of links between random issues; before each timed add, the link about to be added is removed. */
    @State(Scope.Benchmark)
    public static class LinkPool extends Built {
        long[] from;
        LinkRecord[] pool;
        int j;

        @Setup(Level.Trial)
        public void pool() {
            buildIndex();
            SplittableRandom rnd = new SplittableRandom(11);
            from = new long[EVENTS];
            pool = new LinkRecord[EVENTS];
            for (int k = 0; k < EVENTS; k++) {
                int a = rnd.nextInt(issues);
                int b = (a + 1 + rnd.nextInt(issues - 1)) % issues;
                from[k] = RandomPrograms.FIRST_ID + a;
                pool[k] = new LinkRecord(60_000_000L + k, RandomPrograms.LINK_TYPES[k % 6],
                        LinkRecord.Direction.OUTWARD, RandomPrograms.FIRST_ID + b);
            }
        }
    }

    @State(Scope.Benchmark)
    public static class AddLinks extends LinkPool {
        @Setup(Level.Invocation)
        public void removeTheNextLink() {
            j = (j + 1) & (EVENTS - 1);
            index.removeLink(pool[j].linkId());
        }
    }

    @State(Scope.Benchmark)
    public static class RemoveLinks extends LinkPool {
        @Setup(Level.Invocation)
        public void addTheNextLink() {
            j = (j + 1) & (EVENTS - 1);
            index.addLink(from[j], pool[j]);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ProgramIndex build(Records s) {
        return ProgramIndex.build(s.records);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void upsert(Upserts s) {
        s.index.upsert(s.sequence[s.next]);
        s.next = (s.next + 1) & (EVENTS - 1);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean addLink(AddLinks s) {
        return s.index.addLink(s.from[s.j], s.pool[s.j]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean removeLink(RemoveLinks s) {
        return s.index.removeLink(s.pool[s.j].linkId());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean removeIssue(Upserts s) {
        // remove, then upsert back: the pair, timed together (an issue removal alone would drain the index)
        IssueRecord r = s.sequence[s.next | 1];
        s.next = (s.next + 2) & (EVENTS - 1);
        boolean removed = s.index.remove(r.id());
        s.index.upsert(r);
        return removed;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public IndexCounts filteredCount(Built s) {
        return s.index.count(s.viewer);
    }

    /** Scan through the cursor: estimate per team of the issues the viewer sees (what a view's rollup reads). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] filteredEstimateByTeam(Built s) {
        double[] perTeam = new double[s.index.distinctValues(IndexedField.TEAM) + 1];
        s.index.forEach(s.viewer, c -> {
            double e = c.estimate();
            if (e == e) {
                perTeam[c.teamCode() + 1] += e;
            }
        });
        return perTeam;
    }

    /** The same count recomputed from the issue records, for the ratio. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int[] filteredCountFromRecords(Built s) {
        int[] perCategory = new int[4];
        for (IssueRecord r : s.records) {
            if (s.viewerProjects.contains(r.projectKey())
                    && (r.securityLevelId() == null || s.viewerLevels.contains(r.securityLevelId()))) {
                perCategory[r.category() == null ? 0 : r.category().ordinal() + 1]++;
            }
        }
        return perCategory;
    }
}
