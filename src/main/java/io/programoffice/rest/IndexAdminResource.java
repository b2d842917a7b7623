package io.programoffice.rest;

import com.atlassian.annotations.security.AdminOnly;
import io.programoffice.jira.JiraProgramIndex;
import io.programoffice.rest.dto.ErrorCollectionDto;
import io.programoffice.rest.dto.IndexStatusDto;
import io.programoffice.rest.errors.ProblemMessages;
import io.programoffice.rest.errors.RestException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * This node's program index: its status, and a rebuild started in the background (202 with the status; 409 while
 * a build runs). Jira administrators only (403), behind WebSudo for browser sessions (401), with Jira's XSRF
 * protection on the rebuild.
 */
@Path("/admin/index")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class IndexAdminResource {
    private final JiraProgramIndex index;
    private final Callers callers;
    private final ProblemMessages messages;

    @Inject
    public IndexAdminResource(JiraProgramIndex index, Callers callers, ProblemMessages messages) {
        this.index = index;
        this.callers = callers;
        this.messages = messages;
    }

    @GET
    public IndexStatusDto status(@Context HttpServletRequest request) {
        callers.requireAdmin(request);
        return IndexStatusDto.of(index.status(), index.scope());
    }

    @POST
    @Path("/rebuild")
    public Response rebuild(@Context HttpServletRequest request) {
        callers.requireAdmin(request);
        if (!index.requestRebuild()) {
            throw new RestException(409, ErrorCollectionDto.message(messages.text("program-office.index.rebuild.running")));
        }
        return Response.status(202).entity(IndexStatusDto.of(index.status(), index.scope())).build();
    }
}
