package io.programoffice.rest.errors;

import io.programoffice.core.admin.StaleVersionException;
import io.programoffice.rest.dto.ErrorCollectionDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 when the caller edited an older version, in Jira's error shape and the user's language. */
@Provider
public class StaleVersionExceptionMapper implements ExceptionMapper<StaleVersionException> {
    private final ProblemMessages messages;

    @Inject
    public StaleVersionExceptionMapper(ProblemMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(StaleVersionException e) {
        ErrorCollectionDto body = staleBody(e);
        return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private ErrorCollectionDto staleBody(StaleVersionException e) {
        return ErrorCollectionDto.message(messages.text("program-office.rest.error.stale", e.currentVersion()));
    }
}
