package io.programoffice.core.scheme;

import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.validation.FieldErrors;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A scheme as a request gives it: raw, possibly missing or wrong values. {@link #validate} reports every problem per
 * field (i18n keys under {@code program-office.error.scheme.}) or returns the scheme. Absent optional parts take
 * defaults: no dependency link types, done category {@code done}, issue count estimates, project teams, fixVersion
 * milestones, Monday–Friday, the estimate kind's {@link DurationRule#defaultFor duration rule}, no risks.
 */
public record SchemeInput(String name, String description, List<LinkTypeInput> dependencyLinkTypes,
                          List<String> doneStatusCategories, List<String> doneStatuses, SourceInput estimate,
                          SourceInput team, String milestoneSource, CalendarInput calendar,
                          DurationInput durations, RiskInput risks) {

    /** Input with durations and without risks. */
    public SchemeInput(String name, String description, List<LinkTypeInput> dependencyLinkTypes,
                       List<String> doneStatusCategories, List<String> doneStatuses, SourceInput estimate,
                       SourceInput team, String milestoneSource, CalendarInput calendar, DurationInput durations) {
        this(name, description, dependencyLinkTypes, doneStatusCategories, doneStatuses, estimate, team,
                milestoneSource, calendar, durations, null);
    }

    /**
     * Risks as given: the risk issue type's name and the custom field ids of each value; an absent owner is the
     * assignee ({@code assignee}), an absent due date the issue's ({@code duedate}). No issue type: no risks.
     */
    public record RiskInput(String issueType, String probabilityField, String impactField,
                            String residualProbabilityField, String residualImpactField, String roamField,
                            String mitigationField, String ownerField, String dueField) {
    }

    /** Input without durations: the estimate kind's defaults. */
    public SchemeInput(String name, String description, List<LinkTypeInput> dependencyLinkTypes,
                       List<String> doneStatusCategories, List<String> doneStatuses, SourceInput estimate,
                       SourceInput team, String milestoneSource, CalendarInput calendar) {
        this(name, description, dependencyLinkTypes, doneStatusCategories, doneStatuses, estimate, team,
                milestoneSource, calendar, null, null);
    }

    /** How estimates become working days, as given; an absent part takes the estimate kind's default. */
    public record DurationInput(BigDecimal workingDaysPerUnit, BigDecimal defaultWorkingDays) {
    }

    /** One dependency link type as given. */
    public record LinkTypeInput(String linkType, String kind, String dependentEnd, BigDecimal lagDays) {
    }

    /** An estimate or team source as given: a kind and, for field sources, a field id. */
    public record SourceInput(String source, String fieldId) {
    }

    /** A calendar as given: day names and ISO dates. */
    public record CalendarInput(List<String> workingDays, List<String> holidays) {
    }

    private static final String E = "program-office.error.scheme.";

    /** The input that validates to {@code scheme} (its id and version aside): the export and storage format. */
    public static SchemeInput of(ProgramScheme scheme) {
        return new SchemeInput(scheme.name(), scheme.description(),
                scheme.dependencyLinkTypes().stream().map(t -> new LinkTypeInput(t.linkType(), t.kind().name(),
                        t.dependentEnd().wireName(), BigDecimal.valueOf(t.lagDays()))).toList(),
                scheme.doneStatusCategories().stream().map(StatusCategory::key).sorted().toList(),
                scheme.doneStatuses(),
                new SourceInput(scheme.estimate().kind().name(), scheme.estimate().fieldId()),
                new SourceInput(scheme.team().kind().name(), scheme.team().fieldId()),
                scheme.milestoneSource().name(),
                new CalendarInput(scheme.calendar().workingDays().stream().map(DayOfWeek::name).toList(),
                        scheme.calendar().holidays().stream().map(LocalDate::toString).toList()),
                new DurationInput(BigDecimal.valueOf(scheme.durations().workingDaysPerUnit()),
                        BigDecimal.valueOf(scheme.durations().defaultWorkingDays())),
                scheme.risks().enabled() ? new RiskInput(scheme.risks().issueType(), scheme.risks().probabilityField(),
                        scheme.risks().impactField(), scheme.risks().residualProbabilityField(),
                        scheme.risks().residualImpactField(), scheme.risks().roamField(),
                        scheme.risks().mitigationField(), scheme.risks().ownerField(), scheme.risks().dueField())
                        : null);
    }
    /** Most entries a list in a scheme may hold. */
    public static final int MAX_LIST = 200;

    /** The scheme, or a {@link io.programoffice.core.validation.ValidationException} listing every problem. */
    public ProgramScheme validate(long id, int version) {
        FieldErrors errors = new FieldErrors();
        String cleanName = name == null ? "" : name.strip();
        errors.check(cleanName.isEmpty(), "name", E + "name.required");
        errors.check(cleanName.length() > ProgramScheme.MAX_NAME, "name", E + "name.length", ProgramScheme.MAX_NAME);
        String cleanDescription = description == null ? "" : description.strip();
        errors.check(cleanDescription.length() > ProgramScheme.MAX_DESCRIPTION, "description",
                E + "description.length", ProgramScheme.MAX_DESCRIPTION);

        List<DependencyLinkType> linkTypes = linkTypes(errors);
        Set<StatusCategory> categories = categories(errors);
        List<String> statuses = statuses(errors);
        if (categories.isEmpty() && statuses.isEmpty() && !errors.has("doneStatusCategories")
                && !errors.has("doneStatuses")) {
            if (doneStatusCategories == null && doneStatuses == null) {
                categories = EnumSet.of(StatusCategory.DONE);
            } else {
                errors.add("doneStatusCategories", E + "done.required");
            }
        }
        EstimateSource estimateSource = estimate(errors);
        TeamSource teamSource = team(errors);
        MilestoneSource milestones = milestones(errors);
        WorkingCalendar workingCalendar = calendar(errors);
        DurationRule durationRule = durations(errors, estimateSource);
        RiskSource riskSource = risks(errors);
        errors.throwIfAny();
        return new ProgramScheme(id, version, cleanName, cleanDescription, linkTypes, categories, statuses,
                estimateSource, teamSource, milestones, workingCalendar, durationRule, riskSource);
    }

    private DurationRule durations(FieldErrors errors, EstimateSource estimateSource) {
        DurationRule defaults = DurationRule.defaultFor(
                estimateSource == null ? EstimateSource.Kind.ISSUE_COUNT : estimateSource.kind());
        if (durations == null) {
            return defaults;
        }
        double perUnit = defaults.workingDaysPerUnit();
        if (durations.workingDaysPerUnit() != null) {
            double v = durations.workingDaysPerUnit().doubleValue();
            if (!(v > 0 && v <= DurationRule.MAX_PER_UNIT)) {
                errors.add("durations.workingDaysPerUnit", E + "durations.perUnit", DurationRule.MAX_PER_UNIT);
            } else {
                perUnit = v;
            }
        }
        double fallback = defaults.defaultWorkingDays();
        if (durations.defaultWorkingDays() != null) {
            double v = durations.defaultWorkingDays().doubleValue();
            if (!(v >= 0 && v <= DurationRule.MAX_DEFAULT)) {
                errors.add("durations.defaultWorkingDays", E + "durations.default", DurationRule.MAX_DEFAULT);
            } else {
                fallback = v;
            }
        }
        return new DurationRule(perUnit, fallback);
    }

    /** A custom field id as Jira writes them. */
    private static final java.util.regex.Pattern FIELD_ID = java.util.regex.Pattern.compile("customfield_[0-9]{1,18}");

    private RiskSource risks(FieldErrors errors) {
        if (risks == null || blank(risks.issueType())) {
            return RiskSource.NONE;
        }
        String type = risks.issueType().strip();
        errors.check(type.length() > ProgramScheme.MAX_NAME, "risks.issueType", E + "risks.issueType.length",
                ProgramScheme.MAX_NAME);
        String probability = riskField(errors, "risks.probabilityField", risks.probabilityField(), true);
        String impact = riskField(errors, "risks.impactField", risks.impactField(), true);
        String residualProbability = riskField(errors, "risks.residualProbabilityField",
                risks.residualProbabilityField(), false);
        String residualImpact = riskField(errors, "risks.residualImpactField", risks.residualImpactField(), false);
        if ((residualProbability == null) != (residualImpact == null) && !errors.has("risks.residualProbabilityField")
                && !errors.has("risks.residualImpactField")) {
            errors.add(residualProbability == null ? "risks.residualProbabilityField" : "risks.residualImpactField",
                    E + "risks.residual.pair");
        }
        String roam = riskField(errors, "risks.roamField", risks.roamField(), true);
        String mitigation = riskField(errors, "risks.mitigationField", risks.mitigationField(), false);
        String owner = blank(risks.ownerField()) || risks.ownerField().strip().equalsIgnoreCase(RiskSource.ASSIGNEE)
                ? RiskSource.ASSIGNEE : riskField(errors, "risks.ownerField", risks.ownerField(), true);
        String due = blank(risks.dueField()) || risks.dueField().strip().equalsIgnoreCase(RiskSource.DUE_DATE)
                ? RiskSource.DUE_DATE : riskField(errors, "risks.dueField", risks.dueField(), true);
        java.util.Map<String, String> used = new java.util.LinkedHashMap<>();
        String[][] roles = {{"risks.probabilityField", probability}, {"risks.impactField", impact},
                {"risks.residualProbabilityField", residualProbability}, {"risks.residualImpactField", residualImpact},
                {"risks.roamField", roam}, {"risks.mitigationField", mitigation}};
        for (String[] role : roles) {
            if (role[1] != null && used.putIfAbsent(role[1], role[0]) != null) {
                errors.add(role[0], E + "risks.field.twice", role[1]);
            }
        }
        if (errors.fields().keySet().stream().anyMatch(k -> k.startsWith("risks."))) {
            return RiskSource.NONE;
        }
        return new RiskSource(type, probability, impact, residualProbability, residualImpact, roam, mitigation, owner,
                due);
    }

    /** The field id given at {@code path}, checked for Jira's form; null when absent and optional. */
    private static String riskField(FieldErrors errors, String path, String value, boolean required) {
        if (blank(value)) {
            errors.check(required, path, E + "field.required");
            return null;
        }
        String id = value.strip();
        if (!FIELD_ID.matcher(id).matches()) {
            errors.add(path, E + "risks.field.format", id);
            return null;
        }
        return id;
    }

    private List<DependencyLinkType> linkTypes(FieldErrors errors) {
        List<DependencyLinkType> out = new ArrayList<>();
        if (dependencyLinkTypes == null) {
            return out;
        }
        if (dependencyLinkTypes.size() > MAX_LIST) {
            errors.add("dependencyLinkTypes", E + "list.size", MAX_LIST);
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < dependencyLinkTypes.size(); i++) {
            String path = "dependencyLinkTypes[" + i + "]";
            LinkTypeInput in = dependencyLinkTypes.get(i);
            if (in == null) {
                errors.add(path, E + "linktype.missing");
                continue;
            }
            String type = in.linkType() == null ? "" : in.linkType().strip();
            int before = errors.fields().size();
            errors.check(type.isEmpty() || type.length() > ProgramScheme.MAX_NAME, path + ".linkType",
                    E + "linktype.name");
            errors.check(!type.isEmpty() && !seen.add(type.toLowerCase(Locale.ROOT)), path + ".linkType",
                    E + "linktype.duplicate", type);
            DependencyKind kind = DependencyKind.parse(in.kind()).orElse(null);
            errors.check(kind == null, path + ".kind", E + "linktype.kind", String.valueOf(in.kind()));
            LinkEnd end = LinkEnd.parse(in.dependentEnd()).orElse(null);
            errors.check(end == null, path + ".dependentEnd", E + "linktype.end", String.valueOf(in.dependentEnd()));
            Integer lag = lag(in.lagDays());
            errors.check(lag == null, path + ".lagDays", E + "linktype.lag", DependencyLinkType.MAX_LAG_DAYS);
            if (errors.fields().size() == before) {
                out.add(new DependencyLinkType(type, kind, end, lag));
            }
        }
        return out;
    }

    private static Integer lag(BigDecimal value) {
        if (value == null) {
            return 0;
        }
        try {
            int days = value.intValueExact();
            return Math.abs(days) <= DependencyLinkType.MAX_LAG_DAYS ? days : null;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private Set<StatusCategory> categories(FieldErrors errors) {
        Set<StatusCategory> out = EnumSet.noneOf(StatusCategory.class);
        if (doneStatusCategories == null) {
            return out;
        }
        for (String key : doneStatusCategories) {
            StatusCategory category = key == null ? null : StatusCategory.fromKey(key.strip()).orElse(null);
            if (category == null) {
                errors.add("doneStatusCategories", E + "category", String.valueOf(key));
            } else {
                out.add(category);
            }
        }
        return out;
    }

    private List<String> statuses(FieldErrors errors) {
        if (doneStatuses == null) {
            return List.of();
        }
        if (doneStatuses.size() > MAX_LIST) {
            errors.add("doneStatuses", E + "list.size", MAX_LIST);
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String status : doneStatuses) {
            if (status == null || status.isBlank() || status.length() > ProgramScheme.MAX_NAME) {
                errors.add("doneStatuses", E + "status.name");
            } else {
                out.add(status.strip());
            }
        }
        return List.copyOf(out);
    }

    private EstimateSource estimate(FieldErrors errors) {
        if (estimate == null || estimate.source() == null) {
            return EstimateSource.ISSUE_COUNT;
        }
        EstimateSource.Kind kind = enumValue(EstimateSource.Kind.class, estimate.source());
        if (kind == null) {
            errors.add("estimate.source", E + "estimate.source", estimate.source());
            return EstimateSource.ISSUE_COUNT;
        }
        if (kind == EstimateSource.Kind.STORY_POINTS) {
            if (blank(estimate.fieldId())) {
                errors.add("estimate.fieldId", E + "field.required");
                return EstimateSource.ISSUE_COUNT;
            }
            return new EstimateSource(kind, estimate.fieldId().strip());
        }
        return new EstimateSource(kind, null);
    }

    private TeamSource team(FieldErrors errors) {
        if (team == null || team.source() == null) {
            return TeamSource.PROJECT;
        }
        TeamSource.Kind kind = enumValue(TeamSource.Kind.class, team.source());
        if (kind == null) {
            errors.add("team.source", E + "team.source", team.source());
            return TeamSource.PROJECT;
        }
        if (kind == TeamSource.Kind.FIELD) {
            if (blank(team.fieldId())) {
                errors.add("team.fieldId", E + "field.required");
                return TeamSource.PROJECT;
            }
            return new TeamSource(kind, team.fieldId().strip());
        }
        return new TeamSource(kind, null);
    }

    private MilestoneSource milestones(FieldErrors errors) {
        if (milestoneSource == null) {
            return MilestoneSource.FIX_VERSION;
        }
        MilestoneSource source = enumValue(MilestoneSource.class, milestoneSource);
        if (source == null) {
            errors.add("milestoneSource", E + "milestone.source", milestoneSource);
            return MilestoneSource.FIX_VERSION;
        }
        return source;
    }

    private WorkingCalendar calendar(FieldErrors errors) {
        if (calendar == null) {
            return WorkingCalendar.WEEKDAYS;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (calendar.workingDays() == null) {
            days.addAll(WorkingCalendar.WEEKDAYS.workingDays());
        } else {
            for (String day : calendar.workingDays()) {
                DayOfWeek parsed = enumValue(DayOfWeek.class, day);
                if (parsed == null) {
                    errors.add("calendar.workingDays", E + "calendar.day", String.valueOf(day));
                } else {
                    days.add(parsed);
                }
            }
            errors.check(days.isEmpty(), "calendar.workingDays", E + "calendar.days.required");
        }
        TreeSet<LocalDate> holidays = new TreeSet<>();
        if (calendar.holidays() != null) {
            if (calendar.holidays().size() > MAX_LIST * 5) {
                errors.add("calendar.holidays", E + "list.size", MAX_LIST * 5);
            } else {
                for (String date : calendar.holidays()) {
                    try {
                        holidays.add(LocalDate.parse(String.valueOf(date)));
                    } catch (DateTimeParseException e) {
                        errors.add("calendar.holidays", E + "calendar.holiday", String.valueOf(date));
                    }
                }
            }
        }
        return days.isEmpty() ? WorkingCalendar.WEEKDAYS : new WorkingCalendar(days, holidays);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T extends Enum<T>> T enumValue(Class<T> type, String name) {
        if (name == null) {
            return null;
        }
        for (T constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name.strip())) {
                return constant;
            }
        }
        return null;
    }
}
