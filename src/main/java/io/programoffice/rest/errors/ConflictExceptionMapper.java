package io.programoffice.rest.errors;

import io.programoffice.core.admin.ConflictException;
import io.programoffice.rest.dto.ErrorCollectionDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 when the change conflicts with stored data, in Jira's error shape and the user's language. */
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {
    private final ProblemMessages messages;

    @Inject
    public ConflictExceptionMapper(ProblemMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(ConflictException e) {
        ErrorCollectionDto body = messages.message(e.problem());
        return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
