package io.programoffice.rest.errors;

import io.programoffice.rest.dto.ErrorCollectionDto;

/** A REST failure with its HTTP status and Jira-shaped body; {@link RestExceptionMapper} writes it. */
public class RestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient ErrorCollectionDto body;

    public RestException(int status, ErrorCollectionDto body) {
        super(body.errorMessages().isEmpty() ? body.errors().toString() : body.errorMessages().get(0));
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public ErrorCollectionDto body() {
        return body;
    }
}
