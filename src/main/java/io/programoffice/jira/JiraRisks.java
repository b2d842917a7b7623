package io.programoffice.jira;

import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.program.Program;
import io.programoffice.core.risk.ProgramRisks;
import io.programoffice.core.risk.Risk;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A program's risks for the logged-in user ({@link ProgramRisks}): the risk issues of its scheme's risk type among the
 * program's issues they may browse, read from this node's program index; summaries are read from Jira for the risks
 * shown. Thread-safe.
 */
@Named
public class JiraRisks {
    private final ProgramIndexAccess index;
    private final JiraVisibility visibility;
    private final SchemeStore schemes;
    private final JiraIndexSource issues;
    private final io.programoffice.core.risk.RiskSnapshotStore snapshots;

    @Inject
    public JiraRisks(JiraProgramIndex index, JiraVisibility visibility, SchemeStore schemes, JiraIndexSource issues,
                     ActiveObjectsRiskSnapshotStore snapshots) {
        this((ProgramIndexAccess) index, visibility, schemes, issues, snapshots);
    }

    JiraRisks(ProgramIndexAccess index, JiraVisibility visibility, SchemeStore schemes, JiraIndexSource issues,
              io.programoffice.core.risk.RiskSnapshotStore snapshots) {
        this.snapshots = snapshots;
        this.index = index;
        this.visibility = visibility;
        this.schemes = schemes;
        this.issues = issues;
    }

    /** The program's scheme, or the default one (which keeps no risks). */
    public ProgramScheme scheme(Program program) {
        return (program.schemeId() == 0 ? java.util.Optional.<ProgramScheme>empty() : schemes.find(program.schemeId()))
                .orElseGet(() -> ProgramScheme.defaultScheme("Default"));
    }

    /** The program's risks the current user may browse, with their issue ids. */
    public ProgramRisks.Found risks(Program program) {
        return ProgramRisks.of(index.index(), index.membership(program), visibility.forCurrentUser(), scheme(program));
    }

    /**
     * All of the program's risks, whoever may see them: for the weekly snapshot, which keeps a row per project so
     * that readers see only their projects' part.
     */
    public List<Risk> allRisks(Program program) {
        return ProgramRisks.of(index.index(), index.membership(program),
                io.programoffice.core.index.VisibilityFilter.everything(), scheme(program)).risks();
    }

    /** The program's weekly risk trend as the current user may see it: sums over the projects they may browse. */
    public List<io.programoffice.core.risk.RiskTrend.Point> trend(Program program) {
        io.programoffice.core.index.VisibilityFilter viewer = visibility.forCurrentUser();
        return io.programoffice.core.risk.RiskTrend.of(snapshots.list(program.key()), viewer::canBrowseProject);
    }

    /** These risks with their summaries read from Jira (one search per 1,000), in the same order. */
    public List<Risk> withSummaries(List<Risk> risks, Map<String, Long> ids) {
        Map<Long, String> summaries = issues.summaries(risks.stream().map(r -> ids.get(r.key()))
                .filter(java.util.Objects::nonNull).toList());
        List<Risk> out = new ArrayList<>(risks.size());
        for (Risk r : risks) {
            Long id = ids.get(r.key());
            out.add(r.withSummary(id == null ? null : summaries.get(id)));
        }
        return out;
    }
}
