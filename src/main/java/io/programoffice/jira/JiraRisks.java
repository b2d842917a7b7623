package io.programoffice.jira;

import io.programoffice.core.index.KeptResults;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.RecordedVisibility;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.risk.ProgramRisks;
import io.programoffice.core.risk.Risk;
import io.programoffice.core.scheme.ProgramScheme;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A program's risks for the logged-in user ({@link ProgramRisks}): the risk issues of its scheme's risk type among the
 * program's issues they may browse, read from this node's program index; summaries are read from Jira for the risks
 * shown. The risks are kept per program and viewer's visibility answers ({@link KeptResults}) while the index, the
 * program's membership and its scheme stay the same, so register pages and the heat map do not rebuild them on every
 * request; the scheme comes from {@link ProgramsWithSchemes}, which re-reads only changed rows. Thread-safe.
 */
@Named
public class JiraRisks {
    private final ProgramIndexAccess index;
    private final JiraVisibility visibility;
    private final JiraIndexSource issues;
    private final io.programoffice.core.risk.RiskSnapshotStore snapshots;
    private final ProgramsWithSchemes withSchemes;
    /** Views a program keeps (viewers with different visibility), and programs kept. */
    private final KeptResults<Inputs, ProgramRisks.Found> kept = new KeptResults<>(8, 256, false);

    /** What a program's risks are computed from besides the viewer. */
    private record Inputs(long modifications, ProgramMembership membership, ProgramScheme scheme) {
    }

    @Inject
    public JiraRisks(JiraProgramIndex index, JiraVisibility visibility, JiraIndexSource issues,
                     ActiveObjectsRiskSnapshotStore snapshots, ProgramsWithSchemes withSchemes) {
        this((ProgramIndexAccess) index, visibility, issues, snapshots, withSchemes);
    }

    JiraRisks(ProgramIndexAccess index, JiraVisibility visibility, JiraIndexSource issues,
              io.programoffice.core.risk.RiskSnapshotStore snapshots, ProgramsWithSchemes withSchemes) {
        this.withSchemes = withSchemes;
        this.snapshots = snapshots;
        this.index = index;
        this.visibility = visibility;
        this.issues = issues;
    }

    /** The program's scheme, or the default one (which keeps no risks). */
    public ProgramScheme scheme(Program program) {
        return withSchemes.schemeOf(program);
    }

    /** The program's risks the current user may browse, with their issue ids (kept while nothing changed). */
    public ProgramRisks.Found risks(Program program) {
        return risks(program, scheme(program));
    }

    /** As {@link #risks(Program)}, with the program's scheme already read ({@link #scheme}). */
    public ProgramRisks.Found risks(Program program, ProgramScheme scheme) {
        ProgramIndex current = index.index();
        Inputs inputs = new Inputs(current.modifications(), index.membership(program), scheme);
        VisibilityFilter viewer = visibility.forCurrentUser();
        ProgramRisks.Found found = kept.find(program.key(), current, inputs, viewer, f -> true);
        if (found == null) {
            RecordedVisibility recorded = new RecordedVisibility(viewer);
            found = ProgramRisks.of(current, inputs.membership(), recorded, inputs.scheme());
            kept.keep(program.key(), inputs, recorded, found);
        }
        return found;
    }

    /**
     * All of the program's risks, whoever may see them, with their security levels: for the weekly snapshot, which
     * keeps a row per project and level so that readers count only what they may see.
     */
    public ProgramRisks.Found allRisks(Program program) {
        return ProgramRisks.of(index.index(), index.membership(program), VisibilityFilter.everything(),
                scheme(program));
    }

    /** The program's weekly risk trend as the current user may see it: sums of the projects and levels they see. */
    public List<io.programoffice.core.risk.RiskTrend.Point> trend(Program program) {
        return io.programoffice.core.risk.RiskTrend.of(snapshots.list(program.key()), visibility.forCurrentUser());
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
