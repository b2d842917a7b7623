package io.programoffice.jira;

import com.atlassian.jira.cluster.ClusterManager;
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
import io.programoffice.core.index.IndexMaintenance;
import io.programoffice.core.index.IndexScope;
import io.programoffice.core.index.IndexStatus;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.SchemeStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's program index ({@link ProgramIndexAccess}), kept by an {@link IndexMaintenance} over
 * {@link JiraIndexSource} and the stored programs and schemes.
 *
 * <p>At plugin start (SAL {@link LifecycleAware#onStart()}, called once the host is up; the class is exported as a
 * LifecycleAware service so SAL finds it) it builds the index on its own background thread and registers the
 * node-local reconcile job with atlassian-scheduler ({@link RunMode#RUN_LOCALLY}: every node runs it, because Jira
 * events fire only on the node where the change happened), every {@link #RECONCILE_INTERVAL}. A read before the
 * start (or in a host that never calls it) starts the first build. Builds requested while one runs are dropped.
 * Thread-safe.
 *
 * <p>Sources for the start-up wiring: atlassian-scheduler's SchedulerService (register a JobRunner under a
 * JobRunnerKey, then schedule a JobConfig with a RunMode and an interval Schedule at plugin start:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.2/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html);
 * Jira plugins do this in {@code onStart()} of a {@code @Named @ExportAsService({LifecycleAware.class})} component
 * (several such schedulers in the public code index, e.g. ru.mail.jira.plugins.mrimsender's
 * BotFaultToleranceProvider: registerJobRunner + scheduleJob with RunMode.RUN_LOCALLY in onStart, unscheduleJob +
 * unregisterJobRunner in onStop; their Jira 11 forms were not found, so this relies on SAL's LifecycleAware being
 * unchanged in Platform 8, as the reference list's sal-api rows say). The cluster node id comes from Jira's
 * ClusterManager (null when not clustered), as in that same class.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class JiraProgramIndex implements ProgramIndexAccess, LifecycleAware, JobRunner {
    /** How often each node reconciles its index. */
    public static final Duration RECONCILE_INTERVAL = Duration.ofMinutes(5);
    static final JobRunnerKey RECONCILE_RUNNER = JobRunnerKey.of("io.programoffice.index.reconcile");
    static final JobId RECONCILE_JOB = JobId.of("io.programoffice.index.reconcile");

    private static final Logger LOG = LoggerFactory.getLogger(JiraProgramIndex.class);

    private final IndexMaintenance maintenance;
    private final SchedulerService scheduler;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private final AtomicBoolean reconcileQueued = new AtomicBoolean();
    private volatile ExecutorService worker;

    @Inject
    public JiraProgramIndex(JiraIndexSource source, ProgramStore programs, SchemeStore schemes,
                            @ComponentImport SchedulerService scheduler,
                            @ComponentImport ClusterManager cluster) {
        this.scheduler = scheduler;
        String node = cluster.getNodeId();
        this.maintenance = new IndexMaintenance(source, programs, schemes, Clock.systemUTC(),
                node == null || node.isBlank() ? "local" : node, IndexMaintenance.DEFAULT_SAFETY_MARGIN);
        this.maintenance.onScopeChanged(this::requestReconcile);
    }

    /** The id of the node-local reconcile job. */
    public static JobId reconcileJob() {
        return RECONCILE_JOB;
    }

    /** The maintenance behind this index: events go here. */
    public IndexMaintenance maintenance() {
        return maintenance;
    }

    @Override
    public ProgramIndex index() {
        startOnFirstUse();
        return maintenance.index();
    }

    @Override
    public ProgramMembership membership(Program program) {
        startOnFirstUse();
        return maintenance.membership(program);
    }

    @Override
    public IndexStatus status() {
        return maintenance.status();
    }

    /** The scope the index holds (estimate and team sources, programs that wanted others). */
    public IndexScope scope() {
        return maintenance.scope();
    }

    @Override
    public void onStart() {
        try {
            scheduler.registerJobRunner(RECONCILE_RUNNER, this);
            long interval = RECONCILE_INTERVAL.toMillis();
            scheduler.scheduleJob(RECONCILE_JOB, JobConfig.forJobRunnerKey(RECONCILE_RUNNER)
                    .withRunMode(RunMode.RUN_LOCALLY)
                    .withSchedule(Schedule.forInterval(interval, new Date(System.currentTimeMillis() + interval))));
        } catch (SchedulerServiceException e) {
            LOG.error("Program index: cannot schedule the reconcile job; the index is kept by events only", e);
        }
        startOnFirstUse();
    }

    @Override
    public void onStop() {
        scheduler.unscheduleJob(RECONCILE_JOB);
        scheduler.unregisterJobRunner(RECONCILE_RUNNER);
        ExecutorService w = worker;
        if (w != null) {
            w.shutdownNow();
        }
    }

    /** The scheduled reconcile (on the scheduler's thread). */
    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (!maintenance.reconcile()) {
            return JobRunnerResponse.success("a build or reconcile was running");
        }
        IndexStatus status = maintenance.status();
        return JobRunnerResponse.success(status.lastRepairs() + " repairs"
                + (status.failure() == null ? "" : "; " + status.failure()));
    }

    /**
     * Starts a rebuild in the background.
     *
     * @return false when one is already queued or running
     */
    public boolean requestRebuild() {
        if (maintenance.status().state() == IndexStatus.State.BUILDING) {
            return false;
        }
        return submit(rebuildQueued, maintenance::rebuild);
    }

    /** Starts a reconcile in the background unless one is queued. */
    public void requestReconcile() {
        submit(reconcileQueued, maintenance::reconcile);
    }

    /**
     * Waits until the maintenance queued so far (builds, reconciles) has run: for tests and tools.
     *
     * @return false when it did not finish within the timeout
     */
    public boolean awaitQueued(Duration timeout) throws InterruptedException {
        try {
            worker().submit(() -> { }).get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void startOnFirstUse() {
        if (started.compareAndSet(false, true)) {
            requestRebuild();
        }
    }

    private boolean submit(AtomicBoolean queued, Runnable task) {
        if (!queued.compareAndSet(false, true)) {
            return false;
        }
        worker().execute(() -> {
            queued.set(false);
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Program index: maintenance failed", e);
            }
        });
        return true;
    }

    private synchronized ExecutorService worker() {
        if (worker == null || worker.isShutdown()) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "program-office-index");
                t.setDaemon(true);
                return t;
            });
        }
        return worker;
    }
}
