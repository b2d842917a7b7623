package io.programoffice.rest.errors;

import io.programoffice.jira.IssueSearchException;
import io.programoffice.rest.dto.ErrorCollectionDto;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A Jira search the plugin relies on failed: 500 with the reason, in Jira's error shape. */
@Provider
public class IssueSearchExceptionMapper implements ExceptionMapper<IssueSearchException> {
    @Override
    public Response toResponse(IssueSearchException e) {
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollectionDto.message(e.getMessage())).build();
    }
}
