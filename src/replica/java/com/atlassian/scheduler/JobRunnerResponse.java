package com.atlassian.scheduler;

/** Compile-only replica of atlassian-scheduler's JobRunnerResponse: holds the outcome's message; never shipped. */
public class JobRunnerResponse {
    private final boolean failed;
    private final String message;

    private JobRunnerResponse(boolean failed, String message) {
        this.failed = failed;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(false, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(false, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(true, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(true, String.valueOf(cause));
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return (failed ? "FAILED" : "SUCCESS") + (message == null ? "" : ": " + message);
    }
}
