package io.programoffice.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.index.IndexScope;
import io.programoffice.core.index.IndexSource;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.index.RiskValues;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.scheme.EstimateSource;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.core.scheme.TeamSource;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The program index's {@link IndexSource} in Jira: JQL searches that override security (the index is
 * permission-agnostic; readers filter), paged by issue id ({@code ... AND id > last ORDER BY id}) because Jira 11's
 * search returns at most 10,000 hits per query, and each {@link Issue} converted to an {@link IssueRecord} with its
 * links read from the {@link IssueLinkManager} (outward and inward: two lookups per issue). Thread-safe.
 */
@Named
public class JiraIndexSource implements IndexSource {
    private static final Pattern ORDER_BY = Pattern.compile("(?is)\\s+order\\s+by\\s+.*$");
    private static final double SECONDS_PER_HOUR = 3600.0;

    private final SearchService search;
    private final IssueLinkManager links;
    private final CustomFieldManager fields;
    private final Clock clock;

    @Inject
    public JiraIndexSource(@ComponentImport SearchService search, @ComponentImport IssueLinkManager links,
                           @ComponentImport CustomFieldManager fields) {
        this(search, links, fields, Clock.systemUTC());
    }

    JiraIndexSource(SearchService search, IssueLinkManager links, CustomFieldManager fields, Clock clock) {
        this.search = search;
        this.links = links;
        this.fields = fields;
        this.clock = clock;
    }

    @Override
    public long count(IndexScope scope) {
        if (scope.isEmpty()) {
            return 0;
        }
        return run(scopeClause(scope), 1).getTotal();
    }

    @Override
    public List<IssueRecord> page(IndexScope scope, Instant updatedSince, long afterId, int max) {
        if (scope.isEmpty()) {
            return List.of();
        }
        String jql = scopeClause(scope) + (updatedSince == null ? "" : " AND " + updatedClause(updatedSince))
                + " AND id > " + afterId + " ORDER BY id ASC";
        return records(run(jql, max).getResults(), scope);
    }

    @Override
    public List<IssueRecord> issues(IndexScope scope, long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        return records(run(idClause(ids) + " ORDER BY id ASC", ids.length).getResults(), scope);
    }

    @Override
    public Set<Long> inScope(IndexScope scope, long[] ids) {
        if (ids.length == 0 || scope.isEmpty()) {
            return Set.of();
        }
        Set<Long> found = new HashSet<>();
        for (Issue issue : run(scopeClause(scope) + " AND " + idClause(ids), ids.length).getResults()) {
            found.add(issue.getId());
        }
        return found;
    }

    /**
     * The summaries of these issues (the index keeps none), by id; an id Jira no longer has is absent. One search
     * per {@value #PAGE_SIZE} ids, run without permission checks: pass only ids the viewer may see.
     */
    public Map<Long, String> summaries(List<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += PAGE_SIZE) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + PAGE_SIZE));
            long[] page = slice.stream().mapToLong(Long::longValue).toArray();
            for (Issue issue : run(idClause(page), page.length).getResults()) {
                out.put(issue.getId(), issue.getSummary());
            }
        }
        return out;
    }

    @Override
    public long[] matching(String jql) {
        String where = "(" + ORDER_BY.matcher(jql).replaceFirst("") + ")";
        List<Long> ids = new ArrayList<>();
        long last = 0;
        while (true) {
            List<Issue> page = run(where + " AND id > " + last + " ORDER BY id ASC", PAGE_SIZE).getResults();
            for (Issue issue : page) {
                ids.add(issue.getId());
                last = Math.max(last, issue.getId());
            }
            if (page.size() < PAGE_SIZE) {
                return ids.stream().mapToLong(Long::longValue).toArray();
            }
        }
    }

    /**
     * The issue as the index keeps it, with the estimate and team read from the scope's sources.
     *
     * @throws IllegalArgumentException when Jira hands over an issue the index cannot hold (see {@link IssueRecord})
     */
    public IssueRecord record(Issue issue, IndexScope scope) {
        String projectKey = issue.getProjectObject().getKey();
        Status status = issue.getStatusObject();
        StatusCategory category = status.getStatusCategory() == null ? null
                : StatusCategory.fromKey(status.getStatusCategory().getKey()).orElse(null);
        Timestamp resolved = issue.getResolutionDate();
        ApplicationUser assignee = issue.getAssignee();
        String type = issue.getIssueTypeObject().getName();
        RiskSource risk = scope.riskSource(type);
        return new IssueRecord(issue.getId(), issue.getKey(), projectKey, type,
                status.getName(), category,
                day(resolved),
                millis(issue.getCreated()), millis(issue.getUpdated()),
                names(issue.getFixVersions(), Version::getName),
                names(issue.getComponents(), ProjectComponent::getName),
                assignee == null ? null : assignee.getKey(), positive(issue.getParentId()),
                estimate(issue, scope.estimate()), team(issue, projectKey, scope.team()),
                positive(issue.getSecurityLevelId()), links(issue.getId()), day(issue.getDueDate()),
                risk == null ? null : risk(issue, risk));
    }

    /**
     * The issue's risk values, read from the fields {@code source} names. A value the index cannot use (a number off
     * the 1–5 scale, text that names no ROAM state) counts as not set: the risk fields refuse such values, but a
     * scheme may name other fields.
     */
    private RiskValues risk(Issue issue, RiskSource source) {
        Object mitigation = value(issue, source.mitigationField());
        ApplicationUser owner = RiskSource.ASSIGNEE.equals(source.ownerField()) ? issue.getAssignee()
                : value(issue, source.ownerField()) instanceof ApplicationUser u ? u : null;
        Object due = RiskSource.DUE_DATE.equals(source.dueField()) ? issue.getDueDate()
                : value(issue, source.dueField());
        return new RiskValues(RiskValues.level(value(issue, source.probabilityField())),
                RiskValues.level(value(issue, source.impactField())),
                RiskValues.level(value(issue, source.residualProbabilityField())),
                RiskValues.level(value(issue, source.residualImpactField())),
                RiskValues.roam(value(issue, source.roamField())),
                mitigation != null && !String.valueOf(mitigation).isBlank(),
                owner == null || owner.getKey() == null || owner.getKey().isBlank() ? null : owner.getKey(),
                due instanceof java.util.Date d ? day(new Timestamp(d.getTime())) : null);
    }

    /** The value of the custom field with this id, or null when there is no such field or no value. */
    private Object value(Issue issue, String fieldId) {
        if (fieldId == null) {
            return null;
        }
        CustomField field = fields.getCustomFieldObject(fieldId);
        return field == null ? null : issue.getCustomFieldValue(field);
    }

    /** The day of a Jira date or time, in the server's zone (as Jira shows dates), or null. */
    private static LocalDate day(Timestamp time) {
        return time == null ? null : time.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private List<LinkRecord> links(long issueId) {
        List<LinkRecord> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (IssueLink l : nonNull(links.getOutwardLinks(issueId))) {
            if (l.getDestinationId() != issueId && seen.add(l.getId())) {
                out.add(new LinkRecord(l.getId(), l.getIssueLinkType().getName(), LinkRecord.Direction.OUTWARD,
                        l.getDestinationId()));
            }
        }
        for (IssueLink l : nonNull(links.getInwardLinks(issueId))) {
            if (l.getSourceId() != issueId && seen.add(l.getId())) {
                out.add(new LinkRecord(l.getId(), l.getIssueLinkType().getName(), LinkRecord.Direction.INWARD,
                        l.getSourceId()));
            }
        }
        return out;
    }

    private Double estimate(Issue issue, EstimateSource source) {
        return switch (source.kind()) {
            case ISSUE_COUNT -> null;
            case ORIGINAL_ESTIMATE -> issue.getOriginalEstimate() == null ? null
                    : issue.getOriginalEstimate() / SECONDS_PER_HOUR;
            case STORY_POINTS -> {
                CustomField field = fields.getCustomFieldObject(source.fieldId());
                Object value = field == null ? null : issue.getCustomFieldValue(field);
                yield value instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
            }
        };
    }

    private String team(Issue issue, String projectKey, TeamSource source) {
        return switch (source.kind()) {
            case PROJECT -> projectKey;
            case COMPONENT -> nonNull(issue.getComponents()).stream().map(ProjectComponent::getName)
                    .filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
            case FIELD -> {
                CustomField field = fields.getCustomFieldObject(source.fieldId());
                Object value = field == null ? null : issue.getCustomFieldValue(field);
                String text = value == null ? null : String.valueOf(value).strip();
                yield text == null || text.isEmpty() ? null : text;
            }
        };
    }

    private List<IssueRecord> records(List<Issue> issues, IndexScope scope) {
        List<IssueRecord> out = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            out.add(record(issue, scope));
        }
        return out;
    }

    private SearchResults<Issue> run(String jql, int max) {
        SearchService.ParseResult parsed = search.parseQuery(null, jql);
        if (!parsed.isValid()) {
            throw new IssueSearchException("Jira rejected the query [" + jql + "]: "
                    + parsed.getErrors().getErrorMessages());
        }
        try {
            return search.searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(max));
        } catch (SearchException e) {
            throw new IssueSearchException("Jira could not run the query [" + jql + "]", e);
        }
    }

    /** {@code (project in ("A", "B") OR (jql1) OR (jql2))}. */
    static String scopeClause(IndexScope scope) {
        List<String> parts = new ArrayList<>();
        if (!scope.projectKeys().isEmpty()) {
            parts.add("project in (" + scope.projectKeys().stream().map(JiraIndexSource::quote)
                    .collect(Collectors.joining(", ")) + ")");
        }
        for (String jql : scope.jqls()) {
            parts.add("(" + ORDER_BY.matcher(jql).replaceFirst("") + ")");
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    /** {@code updated >= "-Nm"}: a relative date, so the searcher's time zone does not matter; rounded up. */
    String updatedClause(Instant since) {
        long minutes = Math.max(1, (Duration.between(since, clock.instant()).toSeconds() + 59) / 60 + 1);
        return "updated >= \"-" + minutes + "m\"";
    }

    private static String idClause(long[] ids) {
        Set<Long> distinct = new LinkedHashSet<>();
        for (long id : ids) {
            distinct.add(id);
        }
        return "id in (" + distinct.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** An id, or null when absent (Jira answers null; some hosts and mocks 0). */
    private static Long positive(Long id) {
        return id == null || id <= 0 ? null : id;
    }

    private static long millis(Timestamp t) {
        return t == null ? 0 : t.getTime();
    }

    private static <T> List<String> names(Collection<T> values, java.util.function.Function<T, String> name) {
        return nonNull(values).stream().map(name).filter(n -> n != null && !n.isBlank()).toList();
    }

    private static <T> Collection<T> nonNull(Collection<T> values) {
        return values == null ? List.of() : values;
    }
}
