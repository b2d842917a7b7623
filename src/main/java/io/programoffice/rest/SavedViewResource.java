package io.programoffice.rest;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.program.Program;
import io.programoffice.core.view.SavedView;
import io.programoffice.core.view.SavedViews;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraProgramViews;
import io.programoffice.rest.dto.PageDto;
import io.programoffice.rest.dto.SavedViewDto;
import io.programoffice.rest.dto.SavedViewRequest;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * A program's saved views: list ({@code GET /programs/{key}/views}, paged, by name), save
 * ({@code POST {"name","query"}} → 201; 400 with a message per field) and delete ({@code DELETE .../views/{id}} →
 * 204; its owner, the program's owners and Jira administrators, else 403). Logged-in callers only (401); unknown
 * program or view 404; changes need Jira's XSRF protection.
 */
@Path("/programs/{key}/views")
@Produces(MediaType.APPLICATION_JSON)
public class SavedViewResource {
    private final ProgramAdministration programs;
    private final SavedViews saved;
    private final Callers callers;
    private final RequestBodies bodies;
    private final ProblemMessages messages;

    @Inject
    public SavedViewResource(Administration administration, JiraProgramViews views, Callers callers,
                             RequestBodies bodies, ProblemMessages messages) {
        this.programs = administration.programs();
        this.saved = views.saved();
        this.callers = callers;
        this.bodies = bodies;
        this.messages = messages;
    }

    @GET
    public PageDto<SavedViewDto> list(@PathParam("key") String key, @QueryParam("startAt") String startAt,
                                      @QueryParam("maxResults") String maxResults) {
        Actor actor = callers.require();
        Program program = programs.get(key);
        return PageDto.of(saved.list(program, Paging.request(messages, startAt, maxResults)),
                v -> SavedViewDto.of(v, SavedViews.mayDelete(actor, program, v)));
    }

    @POST
    public Response create(@PathParam("key") String key, String body) {
        Actor actor = callers.require();
        Program program = programs.get(key);
        SavedViewRequest request = bodies.read(body, SavedViewRequest.class);
        SavedView view = saved.save(actor, program, request.name(), request.query());
        return Response.created(URI.create("views/" + view.id())).entity(SavedViewDto.of(view, true)).build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("key") String key, @PathParam("id") String id) {
        Actor actor = callers.require();
        Program program = programs.get(key);
        saved.delete(actor, program, Paging.required(messages, "id", id));
        return Response.noContent().build();
    }
}
