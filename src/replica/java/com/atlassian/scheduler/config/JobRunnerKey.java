package com.atlassian.scheduler.config;

import java.util.Objects;

/** Compile-only replica of atlassian-scheduler's JobRunnerKey: a value holding its string; never shipped. */
public final class JobRunnerKey implements java.io.Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;

    private final String id;

    private JobRunnerKey(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobRunnerKey of(String id) {
        return new JobRunnerKey(id);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
