package io.programoffice.rest;

import io.programoffice.core.admin.Actor;
import io.programoffice.jira.JiraDependencies;
import io.programoffice.rest.dto.DependencyProposalDto;
import io.programoffice.rest.dto.IssueDependenciesDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * An issue's dependencies across projects ({@code GET /issues/{key}/dependencies}): upstream (what it waits on) and
 * downstream (what waits on it), each with kind, lag, state, needed-by, health and the caller's moves. An end the
 * caller may not browse is {@code {"hidden":true}}: no key, summary or status. Logged-in callers only (401); an
 * issue that doesn't exist or that the caller may not browse is 404 (the same answer).
 */
@Path("/issues/{key}/dependencies")
@Produces(MediaType.APPLICATION_JSON)
public class IssueDependencyResource {
    private final JiraDependencies jira;
    private final Callers callers;

    @Inject
    public IssueDependencyResource(JiraDependencies jira, Callers callers) {
        this.jira = jira;
        this.callers = callers;
    }

    @GET
    public IssueDependenciesDto list(@PathParam("key") String key) {
        Actor actor = callers.require();
        return IssueDependenciesDto.of(jira.dependencies().forIssue(jira.caller(actor), key));
    }

    /**
     * What the proposal form offers ({@code GET /issues/{key}/dependencies/proposal}):
     * {@code {"issue","allowed","linkTypes":[{"name","kind","lag"}]}}, the link types the schemes of the programs
     * containing the issue map; {@code allowed} is false (and the list empty) when the caller may not edit the issue,
     * may not browse it, or no scheme maps a type for it.
     */
    @GET
    @Path("/proposal")
    public DependencyProposalDto proposal(@PathParam("key") String key) {
        Actor actor = callers.require();
        List<DependencyProposalDto.LinkTypeDto> types = jira.dependencies().proposalTypes(jira.caller(actor), key)
                .stream().map(t -> new DependencyProposalDto.LinkTypeDto(t.linkType(), t.kind().name(), t.lagDays()))
                .toList();
        return new DependencyProposalDto(key, !types.isEmpty(), types);
    }
}
