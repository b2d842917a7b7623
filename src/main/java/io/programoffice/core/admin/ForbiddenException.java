package io.programoffice.core.admin;

import io.programoffice.core.validation.Problem;

/** The actor may not do this (REST answers 403); nothing was written. */
public class ForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public ForbiddenException(Problem problem) {
        super(problem.key());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
