package io.programoffice.rest.errors;

import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.rest.dto.ErrorCollectionDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 403 when the caller may not do this, in Jira's error shape and the user's language. */
@Provider
public class ForbiddenExceptionMapper implements ExceptionMapper<ForbiddenException> {
    private final ProblemMessages messages;

    @Inject
    public ForbiddenExceptionMapper(ProblemMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(ForbiddenException e) {
        ErrorCollectionDto body = messages.message(e.problem());
        return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
