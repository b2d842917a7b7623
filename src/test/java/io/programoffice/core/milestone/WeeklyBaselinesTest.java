package io.programoffice.core.milestone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramFilter;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.program.ProgramStore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Test;

/**
 * The weekly baseline run: nodes sharing one cluster lock and one store race, and each program still gets exactly one
 * weekly baseline per ISO week.
 */
public class WeeklyBaselinesTest {
    private static final Instant WEDNESDAY = Instant.parse("2027-01-06T03:00:00Z");
    private static final List<MilestoneSnapshot> SNAPSHOT = List.of(new MilestoneSnapshot(1, "Beta",
            LocalDate.of(2027, 3, 31), List.of(new MilestoneSnapshot.ScopeIssue(10, "APP-1")), null, null, null));

    private final InMemoryBaselineStore store = new InMemoryBaselineStore();
    /** The cluster lock as every node sees it: one lock shared by the nodes' threads. */
    private final ReentrantLock clusterLock = new ReentrantLock();
    private final ExecutorService nodes = Executors.newFixedThreadPool(8);
    private final Programs programs = new Programs(List.of(program("DEMO", false), program("MOBILE", false),
            program("OLD", true)));

    @After
    public void tearDown() {
        nodes.shutdownNow();
    }

    private static Program program(String key, boolean archived) {
        return new Program(key, key, "", List.of("alice"), List.of(), 0, ProgramScope.projects(List.of("APP")),
                archived, 0);
    }

    private WeeklyBaselines node(Instant now, Baselines.Snapshots snapshots) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new WeeklyBaselines(new Baselines(store, snapshots, clock), programs, clock);
    }

    private Map<String, Long> weeklyPerProgram() {
        return store.all().stream().filter(b -> b.kind() == MilestoneBaseline.Kind.WEEKLY)
                .collect(Collectors.groupingBy(MilestoneBaseline::programKey, Collectors.counting()));
    }

    @Test
    public void twoNodesRacing_takeOneBaselinePerActiveProgram() throws Exception {
        for (int round = 0; round < 20; round++) {
            InMemoryBaselineStore fresh = new InMemoryBaselineStore();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<WeeklyBaselines.Run>> runs = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                Clock clock = Clock.fixed(WEDNESDAY, ZoneOffset.UTC);
                WeeklyBaselines node = new WeeklyBaselines(new Baselines(fresh, p -> SNAPSHOT, clock), programs,
                        clock);
                runs.add(nodes.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return node.run(clusterLock);
                }));
            }
            int taken = 0;
            for (Future<WeeklyBaselines.Run> run : runs) {
                taken += run.get(30, TimeUnit.SECONDS).taken().size();
            }
            assertEquals(2, taken);
            assertEquals(2, fresh.size());
            assertEquals(List.of("DEMO", "MOBILE"), fresh.all().stream().map(MilestoneBaseline::programKey).sorted()
                    .toList());
            assertFalse(clusterLock.isLocked());
        }
    }

    @Test
    public void aNodeFindingTheLockHeld_skips_andTheHolderTakesThemAll() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch otherTried = new CountDownLatch(1);
        WeeklyBaselines first = node(WEDNESDAY, p -> {
            holding.countDown();
            await(otherTried);
            return SNAPSHOT;
        });
        WeeklyBaselines second = node(WEDNESDAY, p -> SNAPSHOT);
        Future<WeeklyBaselines.Run> firstRun = nodes.submit(() -> first.run(clusterLock));
        await(holding);
        WeeklyBaselines.Run secondRun = nodes.submit(() -> second.run(clusterLock)).get(30, TimeUnit.SECONDS);
        otherTried.countDown();
        assertFalse(secondRun.locked());
        assertEquals("another node is taking the weekly baselines", secondRun.describe());
        WeeklyBaselines.Run run = firstRun.get(30, TimeUnit.SECONDS);
        assertEquals(List.of("DEMO", "MOBILE"), run.taken());
        assertEquals(Map.of("DEMO", 1L, "MOBILE", 1L), weeklyPerProgram());
    }

    @Test
    public void aLaterRunInTheSameWeek_takesNothing_andTheNextWeek_takesAgain() {
        assertEquals(List.of("DEMO", "MOBILE"), node(WEDNESDAY, p -> SNAPSHOT).run(clusterLock).taken());
        WeeklyBaselines.Run sunday = node(Instant.parse("2027-01-10T23:00:00Z"), p -> SNAPSHOT).run(clusterLock);
        assertTrue(sunday.taken().isEmpty());
        assertEquals(List.of("DEMO", "MOBILE"), sunday.skipped());
        node(Instant.parse("2027-01-11T00:00:00Z"), p -> SNAPSHOT).run(clusterLock);
        assertEquals(Map.of("DEMO", 2L, "MOBILE", 2L), weeklyPerProgram());
        assertTrue(store.all().stream().allMatch(b -> b.takenBy() == null));
    }

    @Test
    public void aProgramWhoseSnapshotFails_isReported_theOthersAreTaken_andTheLockIsReleased() {
        WeeklyBaselines.Run run = node(WEDNESDAY, p -> {
            if (p.key().equals("DEMO")) {
                throw new IllegalStateException("index not ready");
            }
            return SNAPSHOT;
        }).run(clusterLock);
        assertEquals(List.of("MOBILE"), run.taken());
        assertEquals(1, run.failures().size());
        assertTrue(run.describe(), run.describe().contains("DEMO: java.lang.IllegalStateException: index not ready"));
        assertFalse(clusterLock.isLocked());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the other node");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Programs as the job reads them (list by filter only). */
    private static final class Programs implements ProgramStore {
        private final List<Program> all;

        Programs(List<Program> all) {
            this.all = all;
        }

        @Override
        public Page<Program> list(ProgramFilter filter, PageRequest request) {
            List<Program> matching = all.stream()
                    .filter(p -> filter.archived() == null || p.archived() == filter.archived()).toList();
            int from = Math.min(request.startAt(), matching.size());
            int to = Math.min(matching.size(), from + request.maxResults());
            return new Page<>(request.startAt(), request.maxResults(), matching.size(), matching.subList(from, to));
        }

        @Override
        public Optional<Program> find(String key) {
            return all.stream().filter(p -> p.key().equals(key)).findFirst();
        }

        @Override
        public Program create(Program program) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Program update(Program program, int expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(String key, int expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int countUsingScheme(long schemeId) {
            return 0;
        }
    }

    @Test
    public void theRun_keepsEachProgramsOtherWeeklyRecordsOncePerWeek_andReportsThem() {
        List<String> kept = new ArrayList<>();
        java.util.Set<String> weeks = new java.util.HashSet<>();
        io.programoffice.core.program.WeeklyRecord risks = new io.programoffice.core.program.WeeklyRecord() {
            @Override
            public String name() {
                return "risk snapshots";
            }

            @Override
            public boolean has(Program program, Instant now) {
                return weeks.contains(program.key() + " " + io.programoffice.core.risk.RiskSnapshot.weekOf(now));
            }

            @Override
            public void take(Program program, Instant now) {
                if (program.key().equals("MOBILE")) {
                    throw new IllegalStateException("no index");
                }
                weeks.add(program.key() + " " + io.programoffice.core.risk.RiskSnapshot.weekOf(now));
                kept.add(program.key());
            }
        };
        Clock clock = Clock.fixed(WEDNESDAY, ZoneOffset.UTC);
        WeeklyBaselines node = new WeeklyBaselines(new Baselines(store, p -> SNAPSHOT, clock), programs, clock,
                List.of(risks));

        WeeklyBaselines.Run first = node.run(clusterLock);
        WeeklyBaselines.Run again = node.run(clusterLock);

        assertEquals(List.of("DEMO"), kept);
        assertEquals(List.of("risk snapshots DEMO"), first.recorded());
        assertEquals(List.of("DEMO", "MOBILE"), first.taken());
        assertTrue(first.failures().toString(), first.failures().get(0).startsWith("MOBILE (risk snapshots): "));
        assertTrue(first.describe(), first.describe().contains("kept risk snapshots DEMO"));
        assertEquals(List.of(), again.recorded());
        assertEquals(1, again.failures().size());
    }
}
