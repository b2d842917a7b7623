package io.programoffice.jira;

import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.LateDependency;
import io.programoffice.core.forecast.ForecastResult;
import io.programoffice.core.milestone.MilestoneReporter;
import io.programoffice.core.program.Program;
import io.programoffice.core.risk.Dismissal;
import io.programoffice.core.risk.DismissalStore;
import io.programoffice.core.risk.RiskSuggestions;
import io.programoffice.core.risk.RiskSuggestions.DependencyFact;
import io.programoffice.core.risk.RiskSuggestions.MilestoneFact;
import io.programoffice.core.risk.RiskSuggestions.WaitingFact;
import io.programoffice.core.risk.Suggestion;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The risks a program's data suggests to the logged-in user ({@link RiskSuggestions}), from what the app already
 * knows for them: the dependency analysis over the issues they may browse (late dependencies, and whether the
 * waiting issue is on the critical path), the milestone reports (P50 and P85 against the target) and, for work
 * blocked too long, the late dependencies whose needed-by date has passed; for high risks without owner or mitigation,
 * the program's risks ({@link JiraRisks}). Dismissals are kept per program
 * ({@link DismissalStore}) and hide a suggestion while its evidence stays the same. Thread-safe.
 */
@Named
public class JiraRiskSuggestions {
    private final JiraDependencyAnalysis analysis;
    private final JiraMilestoneReports reports;
    private final JiraMilestones milestones;
    private final DismissalStore dismissals;
    private final JiraRisks risks;
    private final Clock clock;

    @Inject
    public JiraRiskSuggestions(JiraDependencyAnalysis analysis, JiraMilestoneReports reports,
                               JiraMilestones milestones, ActiveObjectsDismissalStore dismissals, JiraRisks risks) {
        this(analysis, reports, milestones, dismissals, risks, Clock.systemDefaultZone());
    }

    JiraRiskSuggestions(JiraDependencyAnalysis analysis, JiraMilestoneReports reports, JiraMilestones milestones,
                        DismissalStore dismissals, JiraRisks risks, Clock clock) {
        this.risks = risks;
        this.analysis = analysis;
        this.reports = reports;
        this.milestones = milestones;
        this.dismissals = dismissals;
        this.clock = clock;
    }

    /** Everything the program's data suggests today, dismissed or not, by kind and subject. */
    public List<Suggestion> all(Program program) {
        LocalDate today = LocalDate.now(clock);
        DependencyAnalysis a = analysis.analyze(program);
        List<DependencyFact> dependencies = new ArrayList<>();
        List<WaitingFact> waiting = new ArrayList<>();
        for (LateDependency late : a.late()) {
            dependencies.add(new DependencyFact(late.upstreamKey(), late.dependentKey(), late.neededBy(),
                    late.daysLate(), a.isCritical(late.dependent()), null));
            if (late.neededBy() != null && late.neededBy().isBefore(today)) {
                waiting.add(new WaitingFact(late.dependentKey(), late.upstreamKey(), late.neededBy(), null));
            }
        }
        List<MilestoneFact> facts = new ArrayList<>();
        for (JiraMilestoneReports.Reported r : reports.reports(program, milestones.milestones().list(program),
                MilestoneReporter.DEFAULT_WINDOW, MilestoneReporter.DEFAULT_TRIALS)) {
            ForecastResult f = r.report().forecast();
            boolean forecast = f != null && f.forecasted();
            facts.add(new MilestoneFact(r.report().milestone().id(), r.report().milestone().name(),
                    r.report().milestone().targetDate(), forecast ? f.p50() : null, forecast ? f.p85() : null,
                    List.copyOf(r.critical())));
        }
        return RiskSuggestions.suggest(dependencies, facts, waiting, risks.risks(program).risks(),
                RiskSuggestions.DEFAULT_BLOCKED_DAYS, today);
    }

    /** The program's dismissals, oldest first. */
    public List<Dismissal> dismissals(Program program) {
        return dismissals.list(program.key());
    }

    /** Today's suggestion with this id ({@link Suggestion#id()}), dismissed or not. */
    public Optional<Suggestion> find(Program program, String id) {
        return all(program).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * {@code user} dismisses {@code suggestion} for {@code reason}; nothing is kept when the reason is missing.
     *
     * @throws io.programoffice.core.validation.ValidationException when the reason is missing or too long
     */
    public Dismissal dismiss(Program program, Suggestion suggestion, String user, String reason) {
        Dismissal d = Dismissal.of(suggestion, user, reason, Instant.now(clock));
        dismissals.add(program.key(), d);
        return d;
    }
}
