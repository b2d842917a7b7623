package io.programoffice.rest;

import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.program.Program;
import io.programoffice.core.view.ProgramView;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraProgramViews;
import io.programoffice.rest.dto.ProgramViewDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A program's view: {@code GET /programs/{key}/view?groupBy=team,statusCategory&project=..&team=..&type=..
 * &statusCategory=..&text=..} groups the caller's visible program issues with rollups;
 * {@code GET /programs/{key}/view/export} downloads the same rows as CSV. Logged-in callers only (401); unknown
 * program 404; bad parameters 400 with a message per parameter.
 */
@Path("/programs/{key}/view")
public class ProgramViewResource {
    private final ProgramAdministration programs;
    private final JiraProgramViews views;
    private final ViewLabels labels;
    private final ViewRequests requests;
    private final Callers callers;

    @Inject
    public ProgramViewResource(Administration administration, JiraProgramViews views, ViewLabels labels,
                               ViewRequests requests, Callers callers) {
        this.programs = administration.programs();
        this.views = views;
        this.labels = labels;
        this.requests = requests;
        this.callers = callers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ProgramViewDto view(@PathParam("key") String key, @Context UriInfo uri) {
        callers.require();
        Program program = programs.get(key);
        return labels.dto(program.key(), views.view(program, requests.query(uri)), views.indexState().name());
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("key") String key, @Context UriInfo uri) {
        callers.require();
        Program program = programs.get(key);
        ProgramView view = views.view(program, requests.query(uri));
        return CsvExport.view(program.key() + "-view.csv", view, labels, requests.rollupColumns(), requests.total());
    }
}
