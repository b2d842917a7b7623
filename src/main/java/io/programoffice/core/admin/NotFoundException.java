package io.programoffice.core.admin;

import io.programoffice.core.validation.Problem;

/** The program or scheme asked for doesn't exist (REST answers 404). */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public NotFoundException(Problem problem) {
        super(problem.key() + problem.arguments());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
