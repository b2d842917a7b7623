package com.atlassian.scheduler;

/** Compile-only replica of atlassian-scheduler's JobRunner: signatures only, no behaviour; never shipped. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
