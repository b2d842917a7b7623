package io.programoffice.rest;

import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.dependency.DependencyGraphLayout;
import io.programoffice.core.dependency.DependencyGraphView;
import io.programoffice.core.dependency.GraphQuery;
import io.programoffice.core.program.Program;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraDependencyGraph;
import io.programoffice.rest.dto.DependencyGraphDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * A program's dependency graph ({@code GET /programs/{key}/dependencies/graph?team=..&state=..&aggregate=..}) over
 * the dependencies between its issues the caller may see, as the dependency graph page draws it: issues with their
 * schedule, critical path, cycles and late dependencies, or teams with counts above
 * {@link io.programoffice.core.dependency.DependencyGraphView#MAX_ISSUE_NODES} issues or with
 * {@code aggregate=teams}; every node placed in a layered drawing ({@link DependencyGraphLayout}). Logged-in
 * callers only (401); unknown program 404; bad parameters 400 with a message per parameter.
 */
@Path("/programs/{key}/dependencies/graph")
@Produces(MediaType.APPLICATION_JSON)
public class DependencyGraphResource {
    private final ProgramAdministration programs;
    private final JiraDependencyGraph graphs;
    private final Callers callers;

    @Inject
    public DependencyGraphResource(Administration administration, JiraDependencyGraph graphs, Callers callers) {
        this.programs = administration.programs();
        this.graphs = graphs;
        this.callers = callers;
    }

    @GET
    public DependencyGraphDto graph(@PathParam("key") String key, @Context UriInfo uri) {
        callers.require();
        Program program = programs.get(key);
        GraphQuery query = GraphQuery.parse(uri.getQueryParameters());
        DependencyGraphView.View view = graphs.graph(program, query);
        return DependencyGraphDto.of(program.key(), view, DependencyGraphLayout.of(view));
    }
}
