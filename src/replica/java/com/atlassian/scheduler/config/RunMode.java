package com.atlassian.scheduler.config;

/** Compile-only replica of atlassian-scheduler's RunMode; never shipped. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
