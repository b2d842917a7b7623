package io.programoffice.workbench.data;

/** Unchecked failure of the workbench database: wraps the {@link java.sql.SQLException} that caused it. */
public final class WorkbenchDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what the workbench was doing
     * @param cause the underlying failure
     */
    public WorkbenchDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
