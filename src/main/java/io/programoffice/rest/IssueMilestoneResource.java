package io.programoffice.rest;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneReporter;
import io.programoffice.core.milestone.MilestoneSnapshot;
import io.programoffice.core.program.Program;
import io.programoffice.core.validation.Problem;
import io.programoffice.jira.JiraDependencies;
import io.programoffice.jira.JiraMilestoneReports;
import io.programoffice.jira.JiraMilestones;
import io.programoffice.rest.dto.IssueMilestoneDto;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * The milestones an issue feeds ({@code GET /issues/{key}/milestones}): of every active program whose issues include
 * it (as the issue's dependencies decide it), the milestones whose scope, as the caller sees it, includes the issue,
 * by program key then in the program's order of milestones, each with its target, RAG, P85 forecast, on-time
 * probability, whether the issue is on its critical path and its most serious reason ({@link IssueMilestoneDto}).
 * Reports are those of the program's milestone list for the caller (kept while nothing changed, so a visit costs a
 * comparison of their inputs), with the default window and trials. Logged-in callers only (401); an issue that doesn't
 * exist or that the caller may not browse is 404 (the same answer).
 */
@Path("/issues/{key}/milestones")
@Produces(MediaType.APPLICATION_JSON)
public class IssueMilestoneResource {
    private final JiraDependencies jira;
    private final JiraMilestones milestones;
    private final JiraMilestoneReports reports;
    private final Callers callers;
    private final ProblemMessages messages;

    @Inject
    public IssueMilestoneResource(JiraDependencies jira, JiraMilestones milestones, JiraMilestoneReports reports,
                                  Callers callers, ProblemMessages messages) {
        this.jira = jira;
        this.milestones = milestones;
        this.reports = reports;
        this.callers = callers;
        this.messages = messages;
    }

    @GET
    public List<IssueMilestoneDto> list(@PathParam("key") String key) {
        Actor actor = callers.require();
        IssueRecord issue = jira.dependencies().visibleIssue(jira.caller(actor), key).orElseThrow(() ->
                new NotFoundException(Problem.of("program-office.error.dependency.issue.not.found", key)));
        List<IssueMilestoneDto> out = new ArrayList<>();
        for (Program program : jira.dependencies().programsContaining(issue)) {
            if (program.archived()) {
                continue;
            }
            List<Milestone> list = milestones.milestones().list(program);
            if (list.isEmpty()) {
                continue;
            }
            for (JiraMilestoneReports.Reported r : reports.reports(program, list, MilestoneReporter.DEFAULT_WINDOW,
                    MilestoneReporter.DEFAULT_TRIALS)) {
                if (r.scope().stream().map(MilestoneSnapshot.ScopeIssue::id).anyMatch(id -> id == issue.id())) {
                    String reason = r.report().reasons().isEmpty() ? null
                            : messages.text(r.report().reasons().get(0));
                    out.add(IssueMilestoneDto.of(program, r, issue.key(), reason));
                }
            }
        }
        return out;
    }
}
