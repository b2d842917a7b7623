package io.programoffice.rest;

import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.program.Program;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraDependencyAnalysis;
import io.programoffice.rest.dto.DependencyAnalysisDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A program's dependency analysis ({@code GET /programs/{key}/dependencies/analysis}) over the dependencies between
 * its issues the caller may see: counts, cycles, longest chain, critical path, late dependencies. Logged-in callers
 * only (401); unknown program 404.
 */
@Path("/programs/{key}/dependencies/analysis")
@Produces(MediaType.APPLICATION_JSON)
public class DependencyAnalysisResource {
    private final ProgramAdministration programs;
    private final JiraDependencyAnalysis analysis;
    private final Callers callers;

    @Inject
    public DependencyAnalysisResource(Administration administration, JiraDependencyAnalysis analysis,
                                      Callers callers) {
        this.programs = administration.programs();
        this.analysis = analysis;
        this.callers = callers;
    }

    @GET
    public DependencyAnalysisDto analyze(@PathParam("key") String key) {
        callers.require();
        Program program = programs.get(key);
        return DependencyAnalysisDto.of(analysis.summary(program));
    }
}
