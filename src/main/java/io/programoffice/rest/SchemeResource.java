package io.programoffice.rest;

import com.atlassian.annotations.security.AdminOnly;
import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.SchemeAdministration;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeInput;
import io.programoffice.core.scheme.SchemeStore;
import io.programoffice.jira.Administration;
import io.programoffice.rest.dto.PageDto;
import io.programoffice.rest.dto.SchemeDto;
import io.programoffice.rest.dto.SchemeRequest;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;

/**
 * Program schemes: list, create, get, update, delete, export and import. Jira administrators only (403), behind
 * WebSudo for browser sessions (401), with Jira's XSRF protection on changes; updates and deletes need the version
 * the caller edited (409 when stale); a scheme programs use can't be deleted (409).
 */
@Path("/schemes")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class SchemeResource {
    private final SchemeStore schemes;
    private final ProgramStore programs;
    private final SchemeAdministration administration;
    private final Callers callers;
    private final RequestBodies bodies;
    private final ProblemMessages messages;

    @Inject
    public SchemeResource(SchemeStore schemes, ProgramStore programs, Administration administration, Callers callers,
                          RequestBodies bodies, ProblemMessages messages) {
        this.schemes = schemes;
        this.programs = programs;
        this.administration = administration.schemes();
        this.callers = callers;
        this.bodies = bodies;
        this.messages = messages;
    }

    @GET
    public PageDto<SchemeDto> list(@Context HttpServletRequest request, @QueryParam("startAt") String startAt,
                                   @QueryParam("maxResults") String maxResults) {
        callers.requireAdmin(request);
        return PageDto.of(schemes.list(Paging.request(messages, startAt, maxResults)), this::dto);
    }

    @POST
    public Response create(@Context HttpServletRequest request, String body) {
        Actor actor = callers.requireAdmin(request);
        ProgramScheme created = administration.create(actor, bodies.read(body, SchemeRequest.class).toInput());
        return Response.created(URI.create("schemes/" + created.id())).entity(dto(created)).build();
    }

    @GET
    @Path("/{id}")
    public SchemeDto get(@Context HttpServletRequest request, @PathParam("id") long id) {
        Actor actor = callers.requireAdmin(request);
        return dto(administration.get(actor, id));
    }

    @PUT
    @Path("/{id}")
    public SchemeDto update(@Context HttpServletRequest request, @PathParam("id") long id, String body) {
        Actor actor = callers.requireAdmin(request);
        SchemeRequest in = bodies.read(body, SchemeRequest.class);
        if (in.version() == null) {
            throw Paging.bad("version", messages.text("program-office.rest.error.required", "version"));
        }
        return dto(administration.update(actor, id, in.toInput(), in.version()));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@Context HttpServletRequest request, @PathParam("id") long id,
                           @QueryParam("version") String version) {
        Actor actor = callers.requireAdmin(request);
        administration.delete(actor, id, Paging.required(messages, "version", version));
        return Response.noContent().build();
    }

    /** The scheme as a JSON file another instance can import (no id, version or usage). */
    @GET
    @Path("/{id}/export")
    public Response export(@Context HttpServletRequest request, @PathParam("id") long id) {
        Actor actor = callers.requireAdmin(request);
        ProgramScheme scheme = administration.get(actor, id);
        String file = "program-scheme-" + scheme.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".json";
        return Response.ok(SchemeInput.of(scheme))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** Creates a scheme from an exported file: all of it or nothing, with a clear error for unknown references. */
    @POST
    @Path("/import")
    public Response importScheme(@Context HttpServletRequest request, String body) {
        Actor actor = callers.requireAdmin(request);
        ProgramScheme created = administration.importScheme(actor, bodies.read(body, SchemeInput.class));
        return Response.created(URI.create("schemes/" + created.id())).entity(dto(created)).build();
    }

    private SchemeDto dto(ProgramScheme scheme) {
        return SchemeDto.of(scheme, programs.countUsingScheme(scheme.id()));
    }
}
