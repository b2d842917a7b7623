package io.programoffice.rest;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.validation.Problem;
import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.paging.Page;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramFilter;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraProgramReleases;
import io.programoffice.jira.JiraProgramSummaries;
import io.programoffice.jira.JiraProgramViews;
import io.programoffice.rest.dto.PageDto;
import io.programoffice.rest.dto.ProgramDto;
import io.programoffice.rest.dto.ProgramReleasesDto;
import io.programoffice.rest.dto.ProgramRequest;
import io.programoffice.rest.dto.ProgramSummaryDto;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Predicate;

/**
 * Programs: list (paged; filter by name, owner, archived), create, get, update, archive/restore, delete, and the
 * viewer's summary and releases. Every call needs a logged-in user (401); changes need an owner or a Jira
 * administrator (403), the version the caller edited (409 when stale) and Jira's XSRF protection. A program's
 * projects are shown only where the caller may browse them.
 */
@Path("/programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {
    private final ProgramStore programs;
    private final JiraProgramSummaries summaries;
    private final JiraProgramReleases releases;
    private final JiraProgramViews views;
    private final ProgramAdministration administration;
    private final Callers callers;
    private final RequestBodies bodies;
    private final ProblemMessages messages;

    @Inject
    public ProgramResource(ProgramStore programs, JiraProgramSummaries summaries, JiraProgramReleases releases,
                           JiraProgramViews views, Administration administration, Callers callers,
                           RequestBodies bodies, ProblemMessages messages) {
        this.programs = programs;
        this.summaries = summaries;
        this.releases = releases;
        this.views = views;
        this.administration = administration.programs();
        this.callers = callers;
        this.bodies = bodies;
        this.messages = messages;
    }

    @GET
    public PageDto<ProgramDto> list(@QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults,
                                    @QueryParam("name") String name, @QueryParam("owner") String owner,
                                    @QueryParam("archived") String archived) {
        Actor actor = callers.require();
        ProgramFilter filter = new ProgramFilter(name, owner, flag("archived", archived));
        Page<Program> page = programs.list(filter, Paging.request(messages, startAt, maxResults));
        Predicate<String> browsable = summaries.browsableProjects();
        return PageDto.of(page, p -> ProgramDto.of(p, JiraProgramSummaries.visibleProjectKeys(p, browsable),
                ProgramAdministration.mayChange(actor, p)));
    }

    @POST
    public Response create(String body) {
        Actor actor = callers.require();
        Program created = administration.create(actor, bodies.read(body, ProgramRequest.class).toInput());
        return Response.created(URI.create("programs/" + created.key())).entity(dto(actor, created)).build();
    }

    @GET
    @Path("/{key}")
    public ProgramDto get(@PathParam("key") String key) {
        Actor actor = callers.require();
        return dto(actor, administration.get(key));
    }

    @PUT
    @Path("/{key}")
    public ProgramDto update(@PathParam("key") String key, String body) {
        Actor actor = callers.require();
        if (!ProgramAdministration.mayChange(actor, administration.get(key))) {
            throw new ForbiddenException(Problem.of("program-office.error.program.not.owner", key));
        }
        ProgramRequest request = bodies.read(body, ProgramRequest.class);
        if (request.version() == null) {
            throw Paging.bad("version", messages.text("program-office.rest.error.required", "version"));
        }
        return dto(actor, administration.update(actor, key, request.toInput(), request.version()));
    }

    @POST
    @Path("/{key}/archive")
    public ProgramDto archive(@PathParam("key") String key, @QueryParam("version") String version) {
        Actor actor = callers.require();
        return dto(actor, administration.setArchived(actor, key, true, Paging.required(messages, "version", version)));
    }

    @POST
    @Path("/{key}/restore")
    public ProgramDto restore(@PathParam("key") String key, @QueryParam("version") String version) {
        Actor actor = callers.require();
        return dto(actor, administration.setArchived(actor, key, false, Paging.required(messages, "version", version)));
    }

    @DELETE
    @Path("/{key}")
    public Response delete(@PathParam("key") String key, @QueryParam("version") String version) {
        Actor actor = callers.require();
        administration.delete(actor, key, Paging.required(messages, "version", version));
        return Response.noContent().build();
    }

    @GET
    @Path("/{key}/summary")
    public ProgramSummaryDto summary(@PathParam("key") String key) {
        callers.require();
        Program program = administration.get(key);
        return ProgramSummaryDto.of(summaries.summarize(program), views.links(program));
    }

    @GET
    @Path("/{key}/releases")
    public ProgramReleasesDto releases(@PathParam("key") String key) {
        callers.require();
        Program program = administration.get(key);
        return ProgramReleasesDto.of(program.key(), releases.releases(program));
    }

    private ProgramDto dto(Actor actor, Program program) {
        return ProgramDto.of(program, summaries.visibleProjectKeys(program), ProgramAdministration.mayChange(actor, program));
    }

    private Boolean flag(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw Paging.bad(name, messages.text("program-office.rest.error.boolean", name, value));
        }
        return Boolean.valueOf(value);
    }
}
