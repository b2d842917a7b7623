package io.programoffice.core.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * Measures the heap a {@link DependencyGraph} and its {@link DependencyAnalysis} retain, to cross-check
 * {@link DependencyAnalysis#retainedBytesEstimate()}: used heap after full GCs before and after building the graph
 * (keys made before, as the caller's issues hold them) and analysing it, over several runs. Run:
 * {@code mvn -q -Pworkbench,bench test-compile exec:exec@analysis-footprint} (args: issues links runs).
 */
public final class DependencyAnalysisFootprint {
    private DependencyAnalysisFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        int issues = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 250_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String[] keys = new String[issues];
        DependencyAnalysis.analyze(RandomGraphs.program(42, issues, links, keys)); // warm up, make the keys
        long[] total = new long[runs];
        long[] analysisOnly = new long[runs];
        long estimate = 0;
        int edges = 0;
        for (int run = 0; run < runs; run++) {
            long before = usedAfterGc();
            DependencyGraph graph = RandomGraphs.program(42, issues, links, keys);
            long built = usedAfterGc();
            DependencyAnalysis analysis = DependencyAnalysis.analyze(graph);
            long after = usedAfterGc();
            total[run] = after - before;
            analysisOnly[run] = after - built;
            estimate = analysis.retainedBytesEstimate();
            edges = graph.edgeCount();
            Reference.reachabilityFence(analysis);
        }
        Reference.reachabilityFence(keys);
        Arrays.sort(total);
        Arrays.sort(analysisOnly);
        System.out.printf("JVM %s %s, heap max %d MB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%,d issues, %,d distinct dependencies%n", issues, edges);
        System.out.printf("graph + analysis (heap used after GC, after - before): median %,d bytes = %.1f bytes/dependency;"
                + " runs %s%n", total[runs / 2], (double) total[runs / 2] / edges, Arrays.toString(total));
        System.out.printf("analysis alone: median %,d bytes = %.1f bytes/dependency%n", analysisOnly[runs / 2],
                (double) analysisOnly[runs / 2] / edges);
        System.out.printf("retainedBytesEstimate(): %,d bytes = %.1f bytes/dependency%n", estimate,
                (double) estimate / edges);
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
