package io.programoffice.rest.errors;

import io.programoffice.core.validation.ValidationException;
import io.programoffice.rest.dto.ErrorCollectionDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 when validation problem per field, in Jira's error shape and the user's language. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {
    private final ProblemMessages messages;

    @Inject
    public ValidationExceptionMapper(ProblemMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(ValidationException e) {
        ErrorCollectionDto body = messages.errors(e);
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
