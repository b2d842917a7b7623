package io.programoffice.rest;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.milestone.Milestones;
import io.programoffice.core.program.Program;
import io.programoffice.core.risk.Dismissal;
import io.programoffice.core.risk.Suggestion;
import io.programoffice.core.validation.Problem;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraRiskSuggestions;
import io.programoffice.rest.dto.DismissalRequest;
import io.programoffice.rest.dto.SuggestionDto;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The risks a program's data suggests ({@code GET /programs/{key}/risks/suggestions}, from what the caller may
 * browse; {@code dismissed=true} lists the dismissed ones too, each with who dismissed it, why and when), and their
 * dismissal ({@code POST .../suggestions/{id}/dismissal} with {@code {"reason":"..."}} → 201; the program's owners and
 * Jira administrators, else 403; a missing reason 400 at {@code reason}, nothing kept; a suggestion the data no longer
 * gives 404; Jira's XSRF protection). A dismissal holds while the suggestion's evidence stays the same. Logged-in
 * callers only (401); unknown program 404.
 */
@Path("/programs/{key}/risks")
@Produces(MediaType.APPLICATION_JSON)
public class RiskResource {
    private final ProgramAdministration programs;
    private final JiraRiskSuggestions suggestions;
    private final Callers callers;
    private final RequestBodies bodies;
    private final ProblemMessages messages;

    @Inject
    public RiskResource(Administration administration, JiraRiskSuggestions suggestions, Callers callers,
                        RequestBodies bodies, ProblemMessages messages) {
        this.programs = administration.programs();
        this.suggestions = suggestions;
        this.callers = callers;
        this.bodies = bodies;
        this.messages = messages;
    }

    @GET
    @Path("/suggestions")
    public List<SuggestionDto> suggestions(@PathParam("key") String key, @QueryParam("dismissed") String dismissed) {
        callers.require();
        Program program = programs.get(key);
        boolean withDismissed = "true".equalsIgnoreCase(dismissed);
        List<Dismissal> kept = suggestions.dismissals(program);
        List<SuggestionDto> out = new ArrayList<>();
        for (Suggestion s : suggestions.all(program)) {
            Dismissal holding = Dismissal.holding(s, kept).orElse(null);
            if (holding == null || withDismissed) {
                out.add(SuggestionDto.of(s, messages.text(s.title()), messages.text(s.evidence()), holding));
            }
        }
        return out;
    }

    @POST
    @Path("/suggestions/{id}/dismissal")
    public Response dismiss(@PathParam("key") String key, @PathParam("id") String id, String body) {
        Actor actor = callers.require();
        Program program = programs.get(key);
        if (!Milestones.mayEdit(actor, program)) {
            throw new ForbiddenException(Problem.of("program-office.error.risk.not.owner", program.key()));
        }
        DismissalRequest request = bodies.read(body, DismissalRequest.class);
        Suggestion s = suggestions.find(program, id).orElseThrow(() ->
                new NotFoundException(Problem.of("program-office.error.risk.suggestion.not.found", String.valueOf(id))));
        Dismissal d = suggestions.dismiss(program, s, actor.username(), request.reason());
        return Response.created(URI.create("suggestions?dismissed=true"))
                .entity(SuggestionDto.of(s, messages.text(s.title()), messages.text(s.evidence()), d)).build();
    }
}
