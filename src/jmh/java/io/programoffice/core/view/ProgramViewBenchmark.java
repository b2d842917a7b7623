package io.programoffice.core.view;

import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.RandomPrograms;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Program views against the DESIGN.md budget (group + rollups, permission-filtered, 100,000 issues: ≤ 10 ms): a
 * two-level view (team, then status category) and an epic × fix version view from the index, the same team ×
 * status category view recomputed from the issue records with streams ({@link RecordViews}) for the ratio, a page of
 * the filtered issue list and the link statistics. Data: {@link RandomPrograms}, seed 42 (100,000 issues, 250,000
 * links, 20 projects, all in the program); the viewer browses half the projects and one security level of three.
 *
 * <p>Run: {@code mvn -q -Pworkbench,bench test-compile exec:exec@jmh -Djmh.args="ProgramViewBenchmark -f 1 -wi 3 -i 5"}
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ProgramViewBenchmark {
    @Param("100000")
    public int issues;

    @Param("250000")
    public int links;

    List<IssueRecord> records;
    ProgramIndex index;
    ProgramMembership program;
    VisibilityFilter viewer;
    ViewQuery teamThenCategory;
    ViewQuery epicThenVersion;
    ViewQuery filteredList;

    @Setup(Level.Trial)
    public void setUp() {
        records = RandomPrograms.generate(42, issues, links);
        index = ProgramIndex.build(records);
        Set<String> all = new HashSet<>();
        Set<String> half = new HashSet<>();
        for (int p = 0; p < RandomPrograms.PROJECTS; p++) {
            all.add(RandomPrograms.projectKey(p));
            if (p % 2 == 0) {
                half.add(RandomPrograms.projectKey(p));
            }
        }
        program = ProgramMembership.ofProjects(all);
        viewer = VisibilityFilter.of(half, Set.of(10_000L));
        teamThenCategory = ViewQuery.parseQueryString("groupBy=team,statusCategory");
        epicThenVersion = ViewQuery.parseQueryString("groupBy=epic,fixVersion");
        filteredList = ViewQuery.parseQueryString("statusCategory=new,indeterminate&text=user1");
    }

    @Benchmark
    public ProgramView teamThenStatusCategory() {
        return ProgramViews.view(index, program, viewer, teamThenCategory);
    }

    @Benchmark
    public ProgramView epicThenFixVersion() {
        return ProgramViews.view(index, program, viewer, epicThenVersion);
    }

    /** The same view as {@link #teamThenStatusCategory()}, recomputed from the records with streams. */
    @Benchmark
    public ProgramView teamThenStatusCategoryFromRecords() {
        return RecordViews.view(records, program, viewer, teamThenCategory);
    }

    @Benchmark
    public Page<ViewIssue> filteredIssuePage() {
        return ProgramViews.issues(index, program, viewer, filteredList, new PageRequest(50, 50));
    }

    @Benchmark
    public LinkStats linkStatistics() {
        return ProgramViews.links(index, program, viewer);
    }
}
