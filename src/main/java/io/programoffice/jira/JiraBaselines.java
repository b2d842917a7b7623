package io.programoffice.jira;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.programoffice.core.forecast.ForecastResult;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.milestone.BaselineStore;
import io.programoffice.core.milestone.Baselines;
import io.programoffice.core.milestone.MilestoneReporter;
import io.programoffice.core.milestone.MilestoneSnapshot;
import io.programoffice.core.milestone.MilestoneStore;
import io.programoffice.core.milestone.WeeklyBaselines;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import io.programoffice.core.risk.RiskTrend;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Baselines in Jira: {@link Baselines} over the ActiveObjects store, snapshots made from this node's program index
 * with the SYSTEM view ({@link VisibilityFilter#everything()}: a baseline keeps every issue in scope; readers count
 * only theirs, see {@link #visibleToCurrentUser()}), and the weekly job.
 *
 * <p>The job is registered at plugin start with atlassian-scheduler as {@link RunMode#RUN_ONCE_PER_CLUSTER}, every
 * {@link #CHECK_INTERVAL}; each run takes Jira's cluster lock {@value #LOCK} without waiting and, under it, takes
 * the weekly baseline of every program that is not archived and has none for this ISO week (UTC)
 * ({@link WeeklyBaselines}). Checking daily means a week whose first check was missed (Jira down) still gets its
 * baseline. Sources: atlassian-scheduler as in {@link JiraProgramIndex}; beehive's
 * {@code ClusterLockService.getLockForName(String)} returning a {@code ClusterLock} that is a
 * {@link java.util.concurrent.locks.Lock} (reference list rows for com.atlassian.beehive). Thread-safe.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class JiraBaselines implements LifecycleAware, JobRunner {
    /** How often the weekly job checks whether this week's baselines are due. */
    public static final Duration CHECK_INTERVAL = Duration.ofHours(24);
    /** The cluster lock's name. */
    public static final String LOCK = "io.programoffice.baselines.weekly";
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.programoffice.baselines.weekly");
    static final JobId JOB = JobId.of("io.programoffice.baselines.weekly");
    private static final Duration FIRST_RUN = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(JiraBaselines.class);

    private final Baselines baselines;
    private final WeeklyBaselines weekly;
    private final JiraProgramIndex index;
    private final JiraVisibility visibility;
    private final SchedulerService scheduler;
    private final ClusterLockService locks;

    @Inject
    public JiraBaselines(BaselineStore store, MilestoneStore milestones, ProgramStore programs,
                         JiraMilestoneReports reports, JiraProgramIndex index, JiraVisibility visibility,
                         @ComponentImport SchedulerService scheduler, @ComponentImport ClusterLockService locks,
                         ActiveObjectsRiskSnapshotStore riskSnapshots, JiraRisks risks) {
        // the snapshots keep every risk of the program, a row per project and level: readers sum only what they see
        this.index = index;
        this.visibility = visibility;
        this.scheduler = scheduler;
        this.locks = locks;
        Clock clock = Clock.systemUTC();
        this.baselines = new Baselines(store, program -> snapshots(program, milestones, reports), clock);
        this.weekly = new WeeklyBaselines(baselines, programs, clock,
                List.of(RiskTrend.weekly(riskSnapshots, risks::allRisks)));
    }

    /** The rules: take, list, get, compare. */
    public Baselines baselines() {
        return baselines;
    }

    /** The id of the weekly job. */
    public static JobId weeklyJob() {
        return JOB;
    }

    /**
     * Whether the logged-in user may browse the issue of this id, from one scan of this node's index with their
     * visibility: an issue deleted since, or moved where they may not browse it, is not counted. Use for one read.
     */
    public LongPredicate visibleToCurrentUser() {
        List<Long> ids = new ArrayList<>();
        index.index().forEach(visibility.forCurrentUser(), c -> ids.add(c.id()));
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().toArray();
        return id -> Arrays.binarySearch(sorted, id) >= 0;
    }

    /** Runs the weekly baselines now under the cluster lock (what the scheduled job does). */
    public WeeklyBaselines.Run runWeekly() {
        return weekly.run(locks.getLockForName(LOCK));
    }

    @Override
    public void onStart() {
        try {
            scheduler.registerJobRunner(RUNNER, this);
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(CHECK_INTERVAL.toMillis(),
                            new Date(System.currentTimeMillis() + FIRST_RUN.toMillis()))));
        } catch (SchedulerServiceException e) {
            LOG.error("Baselines: cannot schedule the weekly job; baselines are taken by hand only", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unscheduleJob(JOB);
        scheduler.unregisterJobRunner(RUNNER);
    }

    /** The scheduled check (on the scheduler's thread, on one node of the cluster). */
    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        WeeklyBaselines.Run run = runWeekly();
        if (!run.failures().isEmpty()) {
            LOG.warn("Baselines: {}", run.describe());
        }
        return JobRunnerResponse.success(run.describe());
    }

    /** The program's milestones now, over every issue of the program (the SYSTEM view). */
    private static List<MilestoneSnapshot> snapshots(Program program, MilestoneStore milestones,
                                                     JiraMilestoneReports reports) {
        List<MilestoneSnapshot> out = new ArrayList<>();
        for (JiraMilestoneReports.Reported s : reports.reports(program, milestones.list(program.key()),
                VisibilityFilter.everything(), MilestoneReporter.DEFAULT_WINDOW, MilestoneReporter.DEFAULT_TRIALS)) {
            ForecastResult f = s.report().forecast();
            boolean dated = f != null && f.forecasted();
            out.add(new MilestoneSnapshot(s.report().milestone().id(), s.report().milestone().name(),
                    s.report().milestone().targetDate(), s.scope(), dated ? f.p50() : null, dated ? f.p85() : null,
                    dated ? f.p95() : null));
        }
        return out;
    }
}
