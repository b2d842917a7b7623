package io.programoffice.rest.errors;

import io.programoffice.core.admin.NotFoundException;
import io.programoffice.rest.dto.ErrorCollectionDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 when no such program or scheme, in Jira's error shape and the user's language. */
@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {
    private final ProblemMessages messages;

    @Inject
    public NotFoundExceptionMapper(ProblemMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(NotFoundException e) {
        ErrorCollectionDto body = messages.message(e.problem());
        return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
