/**
 * The plugin's risk custom field types: {@link io.programoffice.jira.fields.ProbabilityCFType} and
 * {@link io.programoffice.jira.fields.ImpactCFType} (a whole number 1–5, stored as a number),
 * {@link io.programoffice.jira.fields.RoamCFType} (resolved, owned, accepted or mitigated, stored as its lower-case
 * key) and the calculated {@link io.programoffice.jira.fields.RiskScoreCFType} and
 * {@link io.programoffice.jira.fields.ResidualRiskScoreCFType} (probability × impact, stored nowhere). Which fields hold
 * a risk's probability and impact is the program scheme's choice: {@link io.programoffice.jira.fields.RiskFieldRoles}
 * answers it per issue type from memory ({@link io.programoffice.jira.fields.SchemeRiskFieldRoles} re-reads the schemes
 * at most every 30 seconds), so a score costs O(1) per issue, also during a full reindex.
 *
 * <p>Searching and sorting come from Jira's own number and text searchers, declared as valid searchers of each type
 * in the descriptor; the types hold no state between calls and are thread-safe.
 */
package io.programoffice.jira.fields;
