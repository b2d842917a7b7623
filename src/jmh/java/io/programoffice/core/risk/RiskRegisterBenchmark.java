package io.programoffice.core.risk;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.validation.FieldErrors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The risk register and heat map over 5,000 drawn risks (the size issue 8's REST budget names), in the core alone: a
 * default page (open risks, highest residual score first), a filtered and re-sorted page, the residual heat map and
 * the open exposure. The REST budget (p95 ≤ 50 ms) also pays for reading the risks and answering; these are the
 * core's share.
 *
 * <p>Run: {@code mvn -q -Pworkbench,bench test-compile exec:exec@jmh -Djmh.args="RiskRegisterBenchmark -f 2 -wi 3 -i 5"}
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RiskRegisterBenchmark {
    private List<Risk> risks;
    private RiskQuery filtered;

    @Setup
    public void setUp() {
        risks = RiskFixtures.drawn(42, 5_000);
        filtered = RiskQuery.parse("owned,accepted,none", null, "6", null, null, "2027-02-01", null, null, "due",
                new FieldErrors());
    }

    @Benchmark
    public Page<Risk> defaultPage() {
        return RiskRegister.page(risks, RiskQuery.defaults(), new PageRequest(0, 50));
    }

    @Benchmark
    public Page<Risk> filteredPage() {
        return RiskRegister.page(risks, filtered, new PageRequest(50, 50));
    }

    @Benchmark
    public HeatMap heatMap() {
        return HeatMap.of(risks, HeatMap.Basis.RESIDUAL);
    }

    @Benchmark
    public RiskExposure exposure() {
        return RiskExposure.of(risks, RiskFixtures.TODAY);
    }
}
