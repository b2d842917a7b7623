package io.programoffice.rest;

import io.programoffice.jira.JiraIndexSource;
import io.programoffice.jira.JiraUserNames;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.paging.Page;
import io.programoffice.core.program.Program;
import io.programoffice.core.view.ViewIssue;
import io.programoffice.core.view.ViewQuery;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraProgramViews;
import io.programoffice.rest.dto.PageDto;
import io.programoffice.rest.dto.ViewIssueDto;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A program's issues as the caller sees them: {@code GET /programs/{key}/issues?startAt&maxResults} with the view
 * filters ({@code project}, {@code team}, {@code type}, {@code statusCategory}, {@code text}), ordered by project
 * then issue number; {@code GET /programs/{key}/issues/export} downloads every match (up to
 * {@value ViewRequests#EXPORT_LIMIT}) as CSV. Logged-in callers only (401); unknown program 404; bad parameters 400.
 */
@Path("/programs/{key}/issues")
public class ProgramIssuesResource {
    private final ProgramAdministration programs;
    private final JiraProgramViews views;
    private final ViewRequests requests;
    private final Callers callers;
    private final ProblemMessages messages;
    private final JiraIndexSource issues;
    private final JiraUserNames userNames;

    @Inject
    public ProgramIssuesResource(Administration administration, JiraProgramViews views, ViewRequests requests,
                                 Callers callers, ProblemMessages messages, JiraIndexSource issues,
                                 JiraUserNames userNames) {
        this.issues = issues;
        this.userNames = userNames;
        this.programs = administration.programs();
        this.views = views;
        this.requests = requests;
        this.callers = callers;
        this.messages = messages;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<ViewIssueDto> list(@PathParam("key") String key, @QueryParam("startAt") String startAt,
                                      @QueryParam("maxResults") String maxResults, @Context UriInfo uri) {
        callers.require();
        Program program = programs.get(key);
        var page = Paging.request(messages, startAt, maxResults);
        Page<ViewIssue> found = views.issues(program, requests.query(uri), page);
        Map<Long, String> summaries = issues.summaries(found.values().stream().map(ViewIssue::id).toList());
        UnaryOperator<String> names = userNames.forOneRequest();
        return PageDto.of(found, i -> ViewIssueDto.of(i, summaries.get(i.id()), names.apply(i.assignee())));
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("key") String key, @Context UriInfo uri) {
        callers.require();
        Program program = programs.get(key);
        ViewQuery query = requests.query(uri);
        List<ViewIssue> found = views.firstIssues(program, query, ViewRequests.EXPORT_LIMIT).values();
        Map<Long, String> summaries = issues.summaries(found.stream().map(ViewIssue::id).toList());
        UnaryOperator<String> names = userNames.forOneRequest();
        return CsvExport.issues(program.key() + "-issues.csv", requests.issueColumns(), found,
                i -> requests.category(i.category() == null ? "undefined" : i.category().key()),
                i -> summaries.get(i.id()), i -> names.apply(i.assignee()));
    }
}
