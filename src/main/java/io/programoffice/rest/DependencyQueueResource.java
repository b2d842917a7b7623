package io.programoffice.rest;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.program.Program;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraDependencies;
import io.programoffice.rest.dto.NegotiationQueueDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A program's negotiation queue ({@code GET /programs/{key}/dependencies/queue[?team=WEB]}): without a team the
 * caller's own (waiting for their answer, what they asked for, escalations), with a team that team's; each part with
 * its count and first items. Only dependencies with an end the caller may browse count. Logged-in callers only
 * (401); unknown program 404.
 */
@Path("/programs/{key}/dependencies/queue")
@Produces(MediaType.APPLICATION_JSON)
public class DependencyQueueResource {
    private final ProgramAdministration programs;
    private final JiraDependencies jira;
    private final Callers callers;

    @Inject
    public DependencyQueueResource(Administration administration, JiraDependencies jira, Callers callers) {
        this.programs = administration.programs();
        this.jira = jira;
        this.callers = callers;
    }

    @GET
    public NegotiationQueueDto queue(@PathParam("key") String key, @QueryParam("team") String team) {
        Actor actor = callers.require();
        Program program = programs.get(key);
        String wanted = team == null || team.isBlank() ? null : team.strip();
        return NegotiationQueueDto.of(program.key(), wanted,
                jira.dependencies().queue(jira.caller(actor), program, wanted));
    }
}
