package io.programoffice.core.analysis;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
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
 * Dependency analysis against issue 6's budgets: the whole pipeline (components, condensation order, forward and
 * backward passes with float, late dependencies, longest chain, counts) on 100,000 issues and
 * 250,000 dependencies (≤ 20 ms, ≥ 25 times faster than {@link JGraphtPipeline} in the same run), re-analysis after
 * one change, one slip, and the REST summary (critical keys, late records). Data: {@link RandomGraphs#program}, seed
 * 42. The JGraphT multigraph is built at setup,
 * like the {@link DependencyGraph}; neither build is timed.
 *
 * <p>Run: {@code mvn -q -Pworkbench,bench test-compile exec:exec@jmh -Djmh.args="DependencyAnalysisBenchmark -f 1 -wi 3 -i 5"}
 */
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Xss512m"}) // JGraphT's Kosaraju recurses along paths
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class DependencyAnalysisBenchmark {
    @Param("100000")
    public int issues;

    @Param("250000")
    public int links;

    /**
     * {@code levels}: issues numbered level by level (upstream mostly before dependent, as planned work tends to be);
     * {@code shuffled}: the same graph numbered at random.
     */
    @Param({"levels", "shuffled"})
    public String numbering;

    private DependencyGraph graph;
    private Graph<Integer, JGraphtPipeline.Dep> jgrapht;
    private DependencyAnalysis analysis;
    private int[] changing;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        graph = RandomGraphs.program(42, issues, links);
        if ("shuffled".equals(numbering)) {
            graph = RandomGraphs.renumbered(graph, 7);
        }
        jgrapht = JGraphtPipeline.toJGrapht(graph);
        analysis = DependencyAnalysis.analyze(graph);
        AnalysisSummary s = analysis.summary();
        JGraphtPipeline.Result baseline = JGraphtPipeline.run(graph, jgrapht);
        if (baseline.finish() != analysis.schedule().finish() || baseline.critical() != s.criticalPath().size()
                || baseline.components() != analysis.condensation().count()
                || !keys(baseline).equals(keys(s.late()))) {
            throw new IllegalStateException("the baseline disagrees: " + baseline.components() + "/" + analysis.condensation().count() + " " + baseline.late().size() + "/" + s.late().size() + " " + baseline.finish() + "/"
                    + analysis.schedule().finish() + " " + baseline.critical() + "/" + s.criticalPath().size());
        }
        System.out.printf("%n%,d issues, %,d dependencies (%,d cross-project), %,d components, %,d cycles (largest %d),"
                        + " longest chain %,d, %,d critical, %,d late, finish day %,d%n", graph.size(),
                s.dependencies(), s.crossProject(), analysis.condensation().count(), s.cycles(), s.largestCycle(),
                s.longestChain(), s.criticalPath().size(), s.late().size(), analysis.schedule().finish());
        changing = new int[1024];
        int k = 0;
        for (int u = 0; k < changing.length; u = (u + 7919) % graph.size()) {
            if (!graph.isDone(u)) {
                changing[k++] = u;
            }
        }
    }

    private List<String> keys(JGraphtPipeline.Result baseline) {
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < baseline.late().size(); i++) {
            JGraphtPipeline.Dep d = baseline.late().get(i);
            keys.add(graph.key(d.from()) + ">" + graph.key(d.to()) + io.programoffice.core.scheme.DependencyKind.values()[
                    d.kindLag() & 3] + baseline.daysLate()[i]);
        }
        return keys.stream().sorted().toList();
    }

    private static List<String> keys(List<LateDependency> late) {
        return late.stream().map(d -> d.upstreamKey() + ">" + d.dependentKey() + d.kind() + d.daysLate()).sorted().toList();
    }

    /**
     * The whole pipeline: components, condensation order, both passes, late dependencies (found, not yet described),
     * longest chain, counts.
     */
    @Benchmark
    public DependencyAnalysis analyze() {
        return DependencyAnalysis.analyze(graph);
    }

    /** The REST summary of an analysis: critical issues' keys and a record per late dependency, sorted. */
    @Benchmark
    public AnalysisSummary summary() {
        return analysis.summary();
    }

    /** The same pipeline on JGraphT. */
    @Benchmark
    public JGraphtPipeline.Result jgrapht() {
        return JGraphtPipeline.run(graph, jgrapht);
    }

    /** One issue's remaining work grows by 3 days: structure kept, both passes and the late dependencies again. */
    @Benchmark
    public DependencyAnalysis reanalyzeOneChange() {
        int u = changing[next++ & (changing.length - 1)];
        return analysis.withRemaining(u, graph.remaining(u) + 3);
    }

    /** What moves when one issue slips 5 working days. */
    @Benchmark
    public SlipImpact slip() {
        return analysis.slip(changing[next++ & (changing.length - 1)], 5);
    }
}
