package io.programoffice.rest;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.dependency.Dependencies;
import io.programoffice.core.dependency.DependencyCaller;
import io.programoffice.core.dependency.DependencyEdit;
import io.programoffice.core.dependency.DependencyInput;
import io.programoffice.core.dependency.DependencyView;
import io.programoffice.core.validation.Problem;
import io.programoffice.jira.JiraDependencies;
import io.programoffice.rest.dto.DependencyDto;
import io.programoffice.rest.dto.DependencyRequest;
import io.programoffice.rest.dto.DependencyUpdateRequest;
import io.programoffice.rest.dto.TransitionRequest;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Dependencies, keyed by the Jira link id: propose ({@code POST {"from","to","type","neededBy","lag","note"}} → 201;
 * creates the Jira link of the mapped type), read ({@code GET /{linkId}}, with history), change dates, owners and
 * note ({@code PUT /{linkId}}, with {@code version}), delete ({@code DELETE /{linkId}} → 204, the link too) and move
 * ({@code POST /{linkId}/transitions {"action","note","version"}}).
 *
 * <p>Logged-in callers only (401). A dependency whose ends the caller can see neither of is 404. Bad input is 400
 * with a message per field ({@code from}, {@code to}, {@code type}, {@code neededBy}, {@code lag}, {@code note},
 * {@code action}) and changes nothing; an illegal move is such a 400 on {@code action} (it is the request that is
 * wrong for the state the caller saw); a move or change without a role is 403; a stale {@code version} 409. Changes
 * need Jira's XSRF protection. Rules: {@link Dependencies}.
 */
@Path("/dependencies")
@Produces(MediaType.APPLICATION_JSON)
public class DependencyResource {
    private final JiraDependencies jira;
    private final Dependencies dependencies;
    private final Callers callers;
    private final RequestBodies bodies;
    private final ProblemMessages messages;

    @Inject
    public DependencyResource(JiraDependencies jira, Callers callers, RequestBodies bodies, ProblemMessages messages) {
        this.jira = jira;
        this.dependencies = jira.dependencies();
        this.callers = callers;
        this.bodies = bodies;
        this.messages = messages;
    }

    @POST
    public Response create(String body) {
        DependencyCaller caller = caller();
        DependencyRequest r = bodies.read(body, DependencyRequest.class);
        DependencyView created = dependencies.create(caller,
                new DependencyInput(r.from(), r.to(), r.type(), r.neededBy(), r.lag(), r.note()));
        return Response.created(URI.create("dependencies/" + created.linkId()))
                .entity(DependencyDto.of(created, dependencies.history(caller, created.linkId()))).build();
    }

    @GET
    @Path("/{linkId}")
    public DependencyDto get(@PathParam("linkId") String linkId) {
        DependencyCaller caller = caller();
        long id = linkId(linkId);
        return DependencyDto.of(dependencies.get(caller, id), dependencies.history(caller, id));
    }

    @PUT
    @Path("/{linkId}")
    public DependencyDto update(@PathParam("linkId") String linkId, String body) {
        DependencyCaller caller = caller();
        long id = linkId(linkId);
        DependencyUpdateRequest r = bodies.read(body, DependencyUpdateRequest.class);
        int version = version(r.version());
        DependencyView changed = dependencies.update(caller, id, new DependencyEdit(r.neededBy(), r.lag(),
                Boolean.TRUE.equals(r.lagReset()), r.upstreamOwner(), r.downstreamOwner(), r.note()), version);
        return DependencyDto.of(changed, dependencies.history(caller, id));
    }

    @DELETE
    @Path("/{linkId}")
    public Response delete(@PathParam("linkId") String linkId) {
        DependencyCaller caller = caller();
        dependencies.delete(caller, linkId(linkId));
        return Response.noContent().build();
    }

    @POST
    @Path("/{linkId}/transitions")
    public DependencyDto transition(@PathParam("linkId") String linkId, String body) {
        DependencyCaller caller = caller();
        long id = linkId(linkId);
        TransitionRequest r = bodies.read(body, TransitionRequest.class);
        int version = version(r.version());
        DependencyView moved = dependencies.transition(caller, id, r.action(), r.note(), version);
        return DependencyDto.of(moved, dependencies.history(caller, id));
    }

    private DependencyCaller caller() {
        Actor actor = callers.require();
        return jira.caller(actor);
    }

    private int version(Integer version) {
        if (version == null) {
            throw Paging.bad("version", messages.text("program-office.rest.error.required", "version"));
        }
        return version;
    }

    /** The link id, or 404 for one that can't be a link id (as for an unknown one). */
    static long linkId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new NotFoundException(Problem.of("program-office.error.dependency.not.found", String.valueOf(text)));
    }
}
