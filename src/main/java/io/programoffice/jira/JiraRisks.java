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

    @Inject
    public JiraRisks(JiraProgramIndex index, JiraVisibility visibility, SchemeStore schemes, JiraIndexSource issues) {
        this((ProgramIndexAccess) index, visibility, schemes, issues);
    }

    JiraRisks(ProgramIndexAccess index, JiraVisibility visibility, SchemeStore schemes, JiraIndexSource issues) {
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
