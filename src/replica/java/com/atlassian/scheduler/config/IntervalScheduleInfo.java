package com.atlassian.scheduler.config;

import java.util.Date;

/** Compile-only replica of atlassian-scheduler's IntervalScheduleInfo: holds the first run and interval. */
// source: https://docs.atlassian.com/atlassian-scheduler-api/1.2/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/IntervalScheduleInfo.html
public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    // source: https://docs.atlassian.com/atlassian-scheduler-api/1.2/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/IntervalScheduleInfo.html
    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    // source: https://docs.atlassian.com/atlassian-scheduler-api/1.2/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/IntervalScheduleInfo.html
    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
