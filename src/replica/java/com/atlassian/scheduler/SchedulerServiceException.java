package com.atlassian.scheduler;

/** Compile-only replica of atlassian-scheduler's SchedulerServiceException (checked); never shipped. */
// source: https://docs.atlassian.com/atlassian-scheduler-api/1.2/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerServiceException.html
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
