package io.programoffice.rest;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.milestone.Milestones;
import io.programoffice.core.program.Program;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.risk.Dismissal;
import io.programoffice.core.risk.HeatMap;
import io.programoffice.core.risk.ProgramRisks;
import io.programoffice.core.risk.Risk;
import io.programoffice.core.risk.RiskExposure;
import io.programoffice.core.risk.RiskQuery;
import io.programoffice.core.risk.RiskRegister;
import io.programoffice.core.risk.RiskScale;
import io.programoffice.core.risk.Suggestion;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.validation.FieldErrors;
import io.programoffice.core.validation.Problem;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraRiskCreation;
import io.programoffice.jira.JiraRiskSuggestions;
import io.programoffice.jira.JiraRisks;
import io.programoffice.jira.JiraUserNames;
import io.programoffice.rest.dto.CreateRiskRequest;
import io.programoffice.rest.dto.CreatedRiskDto;
import io.programoffice.rest.dto.DismissalRequest;
import io.programoffice.rest.dto.HeatMapDto;
import io.programoffice.rest.dto.PageDto;
import io.programoffice.rest.dto.RiskDto;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A program's risks. The register ({@code GET /programs/{key}/risks}) pages the program's risk issues the caller may
 * browse, filtered by {@code roam} (comma-separated ROAM states and {@code none}), {@code owner} (a user name,
 * {@code -} for nobody), {@code minScore}/{@code maxScore} (residual score 1–25), {@code team}, {@code dueFrom}/
 * {@code dueTo} (ISO dates), {@code status} ({@code open}, the default, or {@code all}) and one heat map cell
 * ({@code probability} and {@code impact} 1–5 on {@code basis} {@code residual}, the default, or {@code inherent}),
 * ordered by {@code sort} (default {@code -score}); {@code /risks/export} gives every match as CSV;
 * {@code /risks/heatmap?basis=} the 5×5 counts of the open ones, {@code cells[probability-1][impact-1]}.
 *
 * <p>The risks a program's data suggests ({@code GET /programs/{key}/risks/suggestions}, from what the caller may
 * browse; {@code dismissed=true} lists the dismissed ones too, each with who dismissed it, why and when), and their
 * dismissal ({@code POST .../suggestions/{id}/dismissal} with {@code {"reason":"..."}} → 201; the program's owners and
 * Jira administrators, else 403; a missing reason 400 at {@code reason}, nothing kept; a suggestion the data no longer
 * gives 404; Jira's XSRF protection). {@code POST .../suggestions/{id}/risk} with {@code {"project","summary",
 * "probability","impact"}} creates the suggested risk through Jira's issue service (anyone who may create issues in
 * that project of the program; errors 400 at their field, nothing created), linked to its evidence, and records the
 * creation as the suggestion's dismissal; 201 with the new key. A dismissal holds while the suggestion's evidence stays the same. Logged-in
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
    private final JiraRisks risks;
    private final JiraUserNames userNames;
    private final JiraRiskCreation creation;

    @Inject
    public RiskResource(Administration administration, JiraRiskSuggestions suggestions, Callers callers,
                        RequestBodies bodies, ProblemMessages messages, JiraRisks risks, JiraUserNames userNames,
                        JiraRiskCreation creation) {
        this.creation = creation;
        this.risks = risks;
        this.userNames = userNames;
        this.programs = administration.programs();
        this.suggestions = suggestions;
        this.callers = callers;
        this.bodies = bodies;
        this.messages = messages;
    }

    /** The register's filters and order as the request gives them, with the cell filter; 400 for bad ones. */
    private record Register(RiskQuery query, HeatMap.Basis basis, Integer probability, Integer impact) {
        List<Risk> select(List<Risk> all) {
            List<Risk> in = probability == null ? all : HeatMap.cell(all, basis, probability, impact);
            return RiskRegister.list(in, query);
        }
    }

    private static Register register(String roam, String owner, String minScore, String maxScore, String team,
                                     String dueFrom, String dueTo, String status, String sort, String probability,
                                     String impact, String basis) {
        FieldErrors errors = new FieldErrors();
        RiskQuery query = RiskQuery.parse(roam, owner, minScore, maxScore, team, dueFrom, dueTo, status, sort, errors);
        HeatMap.Basis b = basis(basis, errors);
        Integer p = level("probability", probability, errors);
        Integer i = level("impact", impact, errors);
        errors.check((p == null) != (i == null) && !errors.has("probability") && !errors.has("impact"),
                p == null ? "probability" : "impact", "program-office.risk.query.cell");
        errors.throwIfAny();
        return new Register(query, b, p, i);
    }

    private static HeatMap.Basis basis(String basis, FieldErrors errors) {
        if (basis == null || basis.isBlank() || basis.trim().equalsIgnoreCase("residual")) {
            return HeatMap.Basis.RESIDUAL;
        }
        errors.check(!basis.trim().equalsIgnoreCase("inherent"), "basis", "program-office.risk.query.basis",
                basis.trim());
        return HeatMap.Basis.INHERENT;
    }

    private static Integer level(String field, String text, FieldErrors errors) {
        Problem p = RiskScale.problem(text);
        if (p != null) {
            errors.add(field, p.key(), p.arguments().toArray(new java.io.Serializable[0]));
            return null;
        }
        return RiskScale.parse(text);
    }

    @GET
    public PageDto<RiskDto> register(@PathParam("key") String key, @QueryParam("roam") String roam,
                                     @QueryParam("owner") String owner, @QueryParam("minScore") String minScore,
                                     @QueryParam("maxScore") String maxScore, @QueryParam("team") String team,
                                     @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo,
                                     @QueryParam("status") String status, @QueryParam("sort") String sort,
                                     @QueryParam("probability") String probability,
                                     @QueryParam("impact") String impact, @QueryParam("basis") String basis,
                                     @QueryParam("startAt") String startAt,
                                     @QueryParam("maxResults") String maxResults) {
        callers.require();
        Program program = programs.get(key);
        PageRequest page = Paging.request(messages, startAt, maxResults);
        Register request = register(roam, owner, minScore, maxScore, team, dueFrom, dueTo, status, sort, probability,
                impact, basis);
        ProgramRisks.Found found = risks.risks(program);
        List<Risk> selected = request.select(found.risks());
        int from = Math.min(page.startAt(), selected.size());
        int to = Math.min(selected.size(), from + page.maxResults());
        Page<Risk> shown = new Page<>(page.startAt(), page.maxResults(), selected.size(),
                risks.withSummaries(selected.subList(from, to), found.ids()));
        UnaryOperator<String> names = userNames.forOneRequest();
        return PageDto.of(shown, r -> RiskDto.of(r, names.apply(r.owner())));
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("key") String key, @QueryParam("roam") String roam,
                           @QueryParam("owner") String owner, @QueryParam("minScore") String minScore,
                           @QueryParam("maxScore") String maxScore, @QueryParam("team") String team,
                           @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo,
                           @QueryParam("status") String status, @QueryParam("sort") String sort,
                           @QueryParam("probability") String probability, @QueryParam("impact") String impact,
                           @QueryParam("basis") String basis) {
        callers.require();
        Program program = programs.get(key);
        Register request = register(roam, owner, minScore, maxScore, team, dueFrom, dueTo, status, sort, probability,
                impact, basis);
        ProgramRisks.Found found = risks.risks(program);
        List<Risk> selected = request.select(found.risks());
        List<Risk> rows = risks.withSummaries(selected.subList(0, Math.min(selected.size(),
                ViewRequests.EXPORT_LIMIT)), found.ids());
        UnaryOperator<String> names = userNames.forOneRequest();
        List<String> header = new ArrayList<>();
        for (String column : List.of("key", "summary", "team", "probability", "impact", "inherentScore",
                "residualProbability", "residualImpact", "residualScore", "roam", "owner", "due", "mitigated",
                "status")) {
            header.add(messages.text("program-office.risks.column." + column));
        }
        List<List<String>> table = new ArrayList<>();
        for (Risk r : rows) {
            table.add(java.util.Arrays.asList(r.key(), r.summary(), r.team(), text(r.probability()),
                    text(r.impact()), text(r.inherentScore()), text(r.residualProbability()),
                    text(r.residualImpact()), text(r.residualScore()),
                    r.roam() == null ? "" : messages.text(r.roam().i18nKey()),
                    r.owner() == null ? "" : names.apply(r.owner()), r.due() == null ? "" : r.due().toString(),
                    messages.text(r.mitigated() ? "program-office.risks.yes" : "program-office.risks.no"),
                    messages.text(r.open() ? "program-office.risks.open" : "program-office.risks.closed")));
        }
        return CsvExport.table(program.key() + "-risks.csv", header, table);
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    @GET
    @Path("/heatmap")
    public HeatMapDto heatMap(@PathParam("key") String key, @QueryParam("basis") String basis) {
        callers.require();
        Program program = programs.get(key);
        FieldErrors errors = new FieldErrors();
        HeatMap.Basis b = basis(basis, errors);
        errors.throwIfAny();
        ProgramScheme scheme = risks.scheme(program);
        List<Risk> all = risks.risks(program, scheme).risks();
        String type = scheme.risks().issueType();
        return HeatMapDto.of(program.key(), type, b, HeatMap.of(all, b), RiskExposure.of(all, LocalDate.now()));
    }

    /** One week of the risk trend (or now): {@code {"week","open","exposure","high","unassessed"}}. */
    public record TrendPointDto(String week, int open, int exposure, int high, int unassessed) {
        static TrendPointDto of(io.programoffice.core.risk.RiskTrend.Point p) {
            return new TrendPointDto(p.week().toString(), p.open(), p.exposure(), p.high(), p.unassessed());
        }
    }

    /** The trend: {@code {"program","weeks":[point],"now":point}}. */
    public record TrendDto(String program, List<TrendPointDto> weeks, TrendPointDto now) {
    }

    @GET
    @Path("/trend")
    public TrendDto trend(@PathParam("key") String key) {
        callers.require();
        Program program = programs.get(key);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        RiskExposure now = RiskExposure.of(risks.risks(program).risks(), today);
        return new TrendDto(program.key(), risks.trend(program).stream().map(TrendPointDto::of).toList(),
                new TrendPointDto(today.toString(), now.open(), now.exposure(), now.high(), now.unassessed()));
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

    @POST
    @Path("/suggestions/{id}/risk")
    public Response createRisk(@PathParam("key") String key, @PathParam("id") String id, String body) {
        Actor actor = callers.require();
        Program program = programs.get(key);
        CreateRiskRequest request = bodies.read(body, CreateRiskRequest.class);
        Suggestion s = suggestions.find(program, id).orElseThrow(() ->
                new NotFoundException(Problem.of("program-office.error.risk.suggestion.not.found", String.valueOf(id))));
        FieldErrors errors = new FieldErrors();
        Integer probability = request.probability() == null ? s.probability()
                : level("probability", request.probability(), errors);
        Integer impact = request.impact() == null ? s.impact() : level("impact", request.impact(), errors);
        errors.throwIfAny();
        String title = messages.text(s.title());
        String description = messages.text("program-office.risk.create.description", messages.text(s.evidence()),
                String.join(", ", s.evidenceKeys()), program.key());
        JiraRiskCreation.Created created = creation.create(program, risks.scheme(program).risks(),
                new JiraRiskCreation.Draft(request.project(), request.summary() == null ? title : request.summary(),
                        description, probability, impact, s.evidenceKeys()));
        Dismissal d = suggestions.dismiss(program, s, actor.username(),
                messages.text("program-office.risk.create.dismissal", created.key()));
        return Response.created(URI.create("../../../../../issues/" + created.key()))
                .entity(new CreatedRiskDto(created.key(), created.linked(), created.unlinked(),
                        SuggestionDto.of(s, title, messages.text(s.evidence()), d))).build();
    }
}
