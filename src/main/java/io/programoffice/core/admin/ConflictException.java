package io.programoffice.core.admin;

import io.programoffice.core.validation.Problem;

/** The change conflicts with stored data, e.g. deleting a scheme programs still use (REST answers 409). */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public ConflictException(Problem problem) {
        super(problem.key());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
