package io.programoffice.rest;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.forecast.MonteCarloForecast;
import io.programoffice.core.forecast.Throughput;
import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneInput;
import io.programoffice.core.milestone.MilestoneReporter;
import io.programoffice.core.milestone.Milestones;
import io.programoffice.core.program.Program;
import io.programoffice.core.validation.FieldErrors;
import io.programoffice.core.validation.Problem;
import io.programoffice.core.validation.ValidationException;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraMilestoneReports;
import io.programoffice.jira.JiraMilestones;
import io.programoffice.rest.dto.MilestoneDto;
import io.programoffice.rest.dto.MilestoneRequest;
import io.programoffice.rest.dto.MilestoneStatusDto;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A program's milestones: list ({@code GET /programs/{key}/milestones}, in their order, with progress, forecast
 * and status computed for the caller), get, create
 * ({@code POST} → 201), update ({@code PUT .../{id}} with the version edited; a field left out keeps its value; 409
 * when stale) and delete ({@code DELETE .../{id}} → 204). Every logged-in user who sees the program sees its
 * milestones (401 otherwise); its owners and Jira administrators change them (403). Unknown program or milestone
 * 404; bad input 400 with a message per field ({@code name}, {@code description}, {@code targetDate},
 * {@code scope.kind}, {@code scope.text}, {@code scope.issueKeys}, {@code owner}, {@code position},
 * {@code version}), nothing written; changes need Jira's XSRF protection. Rules: {@link Milestones}.
 */
@Path("/programs/{key}/milestones")
@Produces(MediaType.APPLICATION_JSON)
public class MilestoneResource {
    /** The core's field names → the request's (the scope is nested on the wire). */
    private static final Map<String, String> FIELDS = Map.of("scopeKind", "scope.kind", "scopeText", "scope.text",
            "issueKeys", "scope.issueKeys");
    private final ProgramAdministration programs;
    private final Milestones milestones;
    private final Callers callers;
    private final RequestBodies bodies;
    private final ProblemMessages messages;
    private final JiraMilestoneReports reports;

    @Inject
    public MilestoneResource(Administration administration, JiraMilestones milestones, Callers callers,
                             RequestBodies bodies, ProblemMessages messages, JiraMilestoneReports reports) {
        this.reports = reports;
        this.programs = administration.programs();
        this.milestones = milestones.milestones();
        this.callers = callers;
        this.bodies = bodies;
        this.messages = messages;
    }

    /**
     * The program's milestones with what is computed of them for the caller ({@link MilestoneStatusDto}): progress,
     * forecast, RAG with reasons, burnup and critical path. {@code window} is the throughput window in working days
     * (1..{@value Throughput#MAX_WINDOW}, default {@value MilestoneReporter#DEFAULT_WINDOW}); {@code trials} the
     * forecast's trials ({@value MonteCarloForecast#MIN_TRIALS}..{@value MonteCarloForecast#MAX_TRIALS}, default
     * {@value MilestoneReporter#DEFAULT_TRIALS}); {@code unit} what the teams' paces count, {@code issues} (the
     * default) or {@code estimate}; 400 outside.
     */
    @GET
    public List<MilestoneStatusDto> list(@PathParam("key") String key, @QueryParam("window") String window,
                                         @QueryParam("trials") String trials, @QueryParam("unit") String unit) {
        Actor actor = callers.require();
        Program program = programs.get(key);
        Integer w = Paging.integer(messages, "window", window);
        Integer t = Paging.integer(messages, "trials", trials);
        if (w != null && (w < 1 || w > Throughput.MAX_WINDOW)) {
            throw Paging.bad("window", messages.text("program-office.error.milestone.window.range", 1,
                    Throughput.MAX_WINDOW));
        }
        if (t != null && (t < MonteCarloForecast.MIN_TRIALS || t > MonteCarloForecast.MAX_TRIALS)) {
            throw Paging.bad("trials", messages.text("program-office.error.milestone.trials.range",
                    MonteCarloForecast.MIN_TRIALS, MonteCarloForecast.MAX_TRIALS));
        }
        MilestoneReporter.Unit u = MilestoneReporter.Unit.ISSUES;
        if (unit != null && !unit.isEmpty()) {
            try {
                u = MilestoneReporter.Unit.valueOf(unit.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Paging.bad("unit", messages.text("program-office.error.milestone.unit", unit));
            }
        }
        boolean canEdit = Milestones.mayEdit(actor, program);
        return reports.reports(program, milestones.list(program), u,
                w == null ? MilestoneReporter.DEFAULT_WINDOW : w, t == null ? MilestoneReporter.DEFAULT_TRIALS : t)
                .stream()
                .map(r -> MilestoneStatusDto.of(r, canEdit, r.report().reasons().stream().map(messages::text)
                        .toList())).toList();
    }

    @GET
    @Path("/{id}")
    public MilestoneDto get(@PathParam("key") String key, @PathParam("id") String id) {
        Actor actor = callers.require();
        Program program = programs.get(key);
        return MilestoneDto.of(milestones.get(program, Paging.required(messages, "id", id)),
                Milestones.mayEdit(actor, program));
    }

    @POST
    public Response create(@PathParam("key") String key, String body) {
        Actor actor = callers.require();
        Program program = editable(actor, key);
        MilestoneInput input = bodies.read(body, MilestoneRequest.class).toInput();
        Milestone created = wireFields(() -> milestones.create(actor, program, input));
        return Response.created(URI.create("milestones/" + created.id())).entity(MilestoneDto.of(created, true))
                .build();
    }

    @PUT
    @Path("/{id}")
    public MilestoneDto update(@PathParam("key") String key, @PathParam("id") String id, String body) {
        Actor actor = callers.require();
        Program program = editable(actor, key);
        long milestoneId = Paging.required(messages, "id", id);
        MilestoneRequest request = bodies.read(body, MilestoneRequest.class);
        Milestone current = milestones.get(program, milestoneId);
        return MilestoneDto.of(wireFields(() -> milestones.update(actor, program, milestoneId,
                request.toInput(current))), true);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("key") String key, @PathParam("id") String id) {
        Actor actor = callers.require();
        Program program = editable(actor, key);
        milestones.delete(actor, program, Paging.required(messages, "id", id));
        return Response.noContent().build();
    }

    /** The program, when the actor may change its milestones (404 unknown, 403 not an owner or administrator). */
    private Program editable(Actor actor, String key) {
        Program program = programs.get(key);
        if (!Milestones.mayEdit(actor, program)) {
            throw new ForbiddenException(Problem.of("program-office.error.milestone.not.owner", program.key()));
        }
        return program;
    }

    /** Runs {@code work}, reporting its validation problems at the request's field names. */
    private static <T> T wireFields(Supplier<T> work) {
        try {
            return work.get();
        } catch (ValidationException e) {
            FieldErrors errors = new FieldErrors();
            e.fieldProblems().forEach((field, p) -> errors.add(FIELDS.getOrDefault(field, field), p.key(),
                    p.argumentArray()));
            e.generalProblems().forEach(p -> errors.general(p.key(), p.argumentArray()));
            throw new ValidationException(errors);
        }
    }
}
