package io.programoffice.rest;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.milestone.Baselines;
import io.programoffice.core.milestone.MilestoneBaseline;
import io.programoffice.core.milestone.MilestoneSnapshot;
import io.programoffice.core.program.Program;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraBaselines;
import io.programoffice.rest.dto.BaselineComparisonDto;
import io.programoffice.rest.dto.BaselineDto;
import io.programoffice.rest.dto.PageDto;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * A program's milestone baselines: list ({@code GET /programs/{key}/baselines}, paged, newest first), take one by
 * hand ({@code POST} → 201; the program's owners and Jira administrators, else 403; Jira's XSRF protection), and
 * compare two ({@code GET .../baselines/compare?from={id}&to={id|now}}), counting only the issues the caller may
 * browse. Logged-in callers only (401); unknown program or baseline 404; a bad {@code from} or {@code to} 400.
 */
@Path("/programs/{key}/baselines")
@Produces(MediaType.APPLICATION_JSON)
public class BaselineResource {
    private static final String NOW = "now";
    private final ProgramAdministration programs;
    private final JiraBaselines jira;
    private final Callers callers;
    private final ProblemMessages messages;

    @Inject
    public BaselineResource(Administration administration, JiraBaselines jira, Callers callers,
                            ProblemMessages messages) {
        this.programs = administration.programs();
        this.jira = jira;
        this.callers = callers;
        this.messages = messages;
    }

    @GET
    public PageDto<BaselineDto> list(@PathParam("key") String key, @QueryParam("startAt") String startAt,
                                     @QueryParam("maxResults") String maxResults) {
        callers.require();
        Program program = programs.get(key);
        return PageDto.of(jira.baselines().list(program, Paging.request(messages, startAt, maxResults)),
                BaselineDto::of);
    }

    @POST
    public Response take(@PathParam("key") String key) {
        Actor actor = callers.require();
        Program program = programs.get(key);
        MilestoneBaseline taken = jira.baselines().take(actor, program);
        return Response.created(URI.create("baselines/" + taken.id())).entity(BaselineDto.of(taken.summary()))
                .build();
    }

    @GET
    @Path("/compare")
    public BaselineComparisonDto compare(@PathParam("key") String key, @QueryParam("from") String from,
                                         @QueryParam("to") String to) {
        callers.require();
        Program program = programs.get(key);
        int fromId = Paging.required(messages, "from", from);
        String toText = to == null || to.isBlank() ? NOW : to.strip();
        Integer toId = null;
        if (!toText.equalsIgnoreCase(NOW)) {
            try {
                toId = Integer.valueOf(toText);
            } catch (NumberFormatException e) {
                throw Paging.bad("to", messages.text("program-office.rest.error.baseline.to", toText));
            }
        }
        Baselines baselines = jira.baselines();
        List<MilestoneSnapshot> before = baselines.get(program, fromId).milestones();
        List<MilestoneSnapshot> after = toId == null ? baselines.now(program)
                : baselines.get(program, toId).milestones();
        LongPredicate visible = jira.visibleToCurrentUser();
        return BaselineComparisonDto.of(String.valueOf(fromId), toId == null ? NOW : String.valueOf(toId),
                Baselines.compare(visible, before, after));
    }
}
