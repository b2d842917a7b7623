package io.programoffice.rest;

import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.dependency.DependencyCaller;
import io.programoffice.core.dependency.DependencyView;
import io.programoffice.core.dependency.MatrixDependency;
import io.programoffice.core.dependency.MatrixQuery;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraDependencies;
import io.programoffice.jira.JiraDependencyMatrix;
import io.programoffice.rest.dto.DependencyDto;
import io.programoffice.rest.dto.PageDto;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The dependencies of one cell, row or column of a program's team matrix
 * ({@code GET /programs/{key}/dependencies/list?dependentTeam=APP&upstreamTeam=API&state=..&startAt&maxResults}):
 * paged, ordered by waiting issue then upstream issue, each as {@code GET /dependencies/{linkId}} gives it (without
 * history). Both ends of each are issues the caller may see. Logged-in callers only (401); unknown program 404; bad
 * parameters 400 with a message per parameter.
 */
@Path("/programs/{key}/dependencies/list")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramDependencyListResource {
    private final ProgramAdministration programs;
    private final JiraDependencyMatrix matrices;
    private final JiraDependencies jira;
    private final Callers callers;
    private final ProblemMessages messages;

    @Inject
    public ProgramDependencyListResource(Administration administration, JiraDependencyMatrix matrices,
                                         JiraDependencies jira, Callers callers, ProblemMessages messages) {
        this.programs = administration.programs();
        this.matrices = matrices;
        this.jira = jira;
        this.callers = callers;
        this.messages = messages;
    }

    @GET
    public PageDto<DependencyDto> list(@PathParam("key") String key, @QueryParam("startAt") String startAt,
                                       @QueryParam("maxResults") String maxResults, @Context UriInfo uri) {
        DependencyCaller caller = jira.caller(callers.require());
        Program program = programs.get(key);
        MatrixQuery query = MatrixQuery.parse(uri.getQueryParameters());
        PageRequest page = Paging.request(messages, startAt, maxResults);
        List<MatrixDependency> found = matrices.matrix(program).select(query);
        List<MatrixDependency> slice = found.subList(Math.min(page.startAt(), found.size()),
                Math.min(page.startAt() + page.maxResults(), found.size()));
        List<DependencyView> views = jira.dependencies().views(caller, program,
                slice.stream().map(MatrixDependency::link).toList());
        return new PageDto<>(page.startAt(), page.maxResults(), found.size(),
                page.startAt() + page.maxResults() >= found.size(), views.stream().map(DependencyDto::of).toList());
    }
}
