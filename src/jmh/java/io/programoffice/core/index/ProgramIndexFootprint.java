package io.programoffice.core.index;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the heap a built {@link ProgramIndex} retains, to cross-check {@link ProgramIndex#retainedBytesEstimate()}:
 * used heap after full GCs, before and after building the index from records that exist before and after, over
 * several runs. Run: {@code mvn -q -Pworkbench,bench test-compile exec:exec@footprint} (args: issues links runs).
 */
public final class ProgramIndexFootprint {
    private ProgramIndexFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        int issues = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 250_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<IssueRecord> records = RandomPrograms.generate(42, issues, links);
        ProgramIndex.build(records); // warm up the code paths and the dictionaries' classes
        long[] measured = new long[runs];
        long estimate = 0;
        int linkCount = 0;
        for (int run = 0; run < runs; run++) {
            long before = usedAfterGc();
            ProgramIndex index = ProgramIndex.build(records);
            long after = usedAfterGc();
            measured[run] = after - before;
            estimate = index.retainedBytesEstimate();
            linkCount = index.linkCount();
            Reference.reachabilityFence(index);
        }
        Reference.reachabilityFence(records);
        Arrays.sort(measured);
        long median = measured[runs / 2];
        System.out.printf("JVM %s %s, heap max %d MB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("index of %,d issues and %,d links%n", issues, linkCount);
        System.out.printf("measured (heap used after GC, after - before build): median %,d bytes = %.1f bytes/issue;"
                + " runs %s%n", median, (double) median / issues, Arrays.toString(measured));
        System.out.printf("retainedBytesEstimate(): %,d bytes = %.1f bytes/issue%n", estimate, (double) estimate / issues);
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
