package io.programoffice.core.risk;

import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.RiskValues;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.milestone.ProgramIssues;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A program's risks as the program index holds them: the issues of the program (its membership) of its scheme's risk
 * type that the viewer may browse, with their risk values. The team is the issue's team, else its project; done
 * follows the scheme's done rule. Summaries are not in the index: the risks come without them. Stateless.
 */
public final class ProgramRisks {
    private ProgramRisks() {
    }

    /**
     * A program's risks with the Jira issue ids of their keys (to read summaries by).
     *
     * @param risks  the risks, in no particular order
     * @param ids    issue id by key, for every risk
     * @param levels the issue security level id by key, for the risks in a level
     */
    public record Found(List<Risk> risks, Map<String, Long> ids, Map<String, Long> levels) {
        public Found {
            risks = List.copyOf(risks);
            ids = Map.copyOf(ids);
            levels = Map.copyOf(levels);
        }
    }

    /**
     * The program's risks {@code viewer} may browse, in no particular order; none when the scheme keeps no risks.
     * O(risk issues in the index).
     */
    public static Found of(ProgramIndex index, ProgramMembership membership, VisibilityFilter viewer,
                           ProgramScheme scheme) {
        RiskSource source = scheme.risks();
        List<Risk> out = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        Map<String, Long> levels = new HashMap<>();
        if (!source.enabled()) {
            return new Found(out, ids, levels);
        }
        index.forEachRisk(viewer, c -> {
            if (!source.issueType().equals(c.issueType()) || !membership.contains(c)) {
                return;
            }
            RiskValues v = c.risk();
            String team = c.team() == null || c.team().isBlank() ? c.projectKey() : c.team();
            String key = c.key();
            ids.put(key, c.id());
            if (c.securityLevelId() > 0) {
                levels.put(key, c.securityLevelId());
            }
            out.add(new Risk(key, null, team, v.probability(), v.impact(), v.residualProbability(),
                    v.residualImpact(), v.roam(), v.owner(), v.due(), v.mitigated(), ProgramIssues.done(c, scheme)));
        });
        return new Found(out, ids, levels);
    }
}
