package io.programoffice.workbench.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The workbench's scheduler: interval jobs on a {@link ScheduledExecutorService} of daemon threads (one node, so
 * every run mode runs here). A job whose runner is not registered when it is due is skipped, as atlassian-scheduler
 * does. {@link #runNow} runs a job at once (for tests). Close it to stop all jobs. Thread-safe.
 */
public final class WbSchedulerService implements SchedulerService, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WbSchedulerService.class.getName());

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "workbench-scheduler");
        t.setDaemon(true);
        return t;
    });
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> futures = new ConcurrentHashMap<>();

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
        if (jobConfig.getSchedule() == null || jobConfig.getSchedule().getIntervalScheduleInfo() == null) {
            throw new SchedulerServiceException("The workbench schedules interval jobs only: " + jobId);
        }
        IntervalScheduleInfo interval = jobConfig.getSchedule().getIntervalScheduleInfo();
        unscheduleJob(jobId);
        long now = System.currentTimeMillis();
        Date first = interval.getFirstRunTime();
        long delay = first == null ? 0 : Math.max(0, first.getTime() - now);
        jobs.put(jobId, jobConfig);
        if (interval.getIntervalInMillis() > 0) {
            futures.put(jobId, executor.scheduleWithFixedDelay(() -> run(jobId), delay,
                    interval.getIntervalInMillis(), TimeUnit.MILLISECONDS));
        } else {
            futures.put(jobId, executor.schedule(() -> run(jobId), delay, TimeUnit.MILLISECONDS));
        }
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        jobs.remove(jobId);
        ScheduledFuture<?> f = futures.remove(jobId);
        if (f != null) {
            f.cancel(false);
        }
    }

    /** Whether a job with this id is scheduled. */
    public boolean isScheduled(JobId jobId) {
        return jobs.containsKey(jobId);
    }

    /**
     * Runs the job now on the calling thread.
     *
     * @return whether a scheduled job with a registered runner ran
     */
    public boolean runNow(JobId jobId) {
        return run(jobId);
    }

    private boolean run(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        JobRunner runner = config == null ? null : runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return false;
        }
        Date start = new Date();
        try {
            runner.runJob(new JobRunnerRequest() {
                @Override
                public Date getStartTime() {
                    return new Date(start.getTime());
                }

                @Override
                public JobId getJobId() {
                    return jobId;
                }

                @Override
                public JobConfig getJobConfig() {
                    return config;
                }

                @Override
                public boolean isCancellationRequested() {
                    return executor.isShutdown();
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + jobId + " failed", e);
        }
        return true;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
