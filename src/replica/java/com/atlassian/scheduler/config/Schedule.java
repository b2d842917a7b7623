package com.atlassian.scheduler.config;

import java.util.Date;

/** Compile-only replica of atlassian-scheduler's Schedule: holds an interval schedule; never shipped. */
public final class Schedule {
    /** The kinds of schedule. */
    public enum Type { INTERVAL, CRON_EXPRESSION }

    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public Type getType() {
        return Type.INTERVAL;
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}
