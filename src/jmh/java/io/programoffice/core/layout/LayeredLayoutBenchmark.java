package io.programoffice.core.layout;

import java.util.Random;
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
 * The dependency graph page's layout ({@link LayeredLayout} with the page's issue spacing) on graphs shaped like the
 * 2,000-issue program of docs/PERFORMANCE.md: from the 101st issue on, each is blocked by one to three of the 400
 * issues before it (seed 42, about 1.7 dependencies an issue), and one edge in a hundred turned round (cycles).
 *
 * <p>Run: {@code mvn -q -Pworkbench,bench test-compile exec:exec@jmh -Djmh.args="LayeredLayoutBenchmark -f 1 -wi 3 -i 5"}
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LayeredLayoutBenchmark {
    private static final LayeredLayout.Spacing SPACING = new LayeredLayout.Spacing(74, 26, 56, 12);

    @Param({"500", "2000", "10000"})
    public int issues;

    int[] from;
    int[] to;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(42);
        int[] f = new int[issues * 3];
        int[] t = new int[issues * 3];
        int m = 0;
        for (int d = 100; d < issues; d++) {
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int u = d - 1 - random.nextInt(Math.min(400, d));
                boolean back = random.nextInt(100) == 0;
                f[m] = back ? d : u;
                t[m++] = back ? u : d;
            }
        }
        from = java.util.Arrays.copyOf(f, m);
        to = java.util.Arrays.copyOf(t, m);
    }

    @Benchmark
    public LayeredLayout.Drawing layout() {
        return LayeredLayout.of(issues, from, to, SPACING);
    }
}
