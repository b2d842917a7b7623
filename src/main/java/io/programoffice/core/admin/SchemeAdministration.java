package io.programoffice.core.admin;

import io.programoffice.core.audit.AuditEntry;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.DependencyLinkType;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.core.scheme.SchemeInput;
import io.programoffice.core.scheme.SchemeStore;
import io.programoffice.core.validation.FieldErrors;
import io.programoffice.core.validation.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Creating, changing, deleting, exporting and importing program schemes: Jira administrators only. Input is
 * validated in shape and against the host (link types, statuses, fields), all problems at once; names are unique
 * ignoring case; a scheme programs use can't be deleted; every change is audited in the same transaction.
 * Thread-safe.
 */
public final class SchemeAdministration {
    private static final String E = "program-office.error.scheme.";
    private final SchemeStore schemes;
    private final ProgramStore programs;
    private final References references;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public SchemeAdministration(SchemeStore schemes, ProgramStore programs, References references, AuditLog audit,
                                Transactions transactions, Clock clock) {
        this.schemes = schemes;
        this.programs = programs;
        this.references = references;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ProgramScheme get(Actor actor, long id) {
        requireAdmin(actor);
        return schemes.find(id).orElseThrow(() -> notFound(id));
    }

    public ProgramScheme create(Actor actor, SchemeInput input) {
        return create(actor, input, "create");
    }

    /** Creates a scheme from an exported one: the same checks as {@link #create}, audited as an import. */
    public ProgramScheme importScheme(Actor actor, SchemeInput input) {
        return create(actor, input, "import");
    }

    private ProgramScheme create(Actor actor, SchemeInput input, String action) {
        requireAdmin(actor);
        ProgramScheme scheme = input.validate(0, 0);
        return transactions.inTransaction(() -> {
            FieldErrors errors = new FieldErrors();
            errors.check(schemes.findByName(scheme.name()).isPresent(), "name", E + "name.taken", scheme.name());
            ProgramScheme checked = checkReferences(scheme, errors);
            errors.throwIfAny();
            ProgramScheme stored = schemes.create(checked);
            record(actor, stored, action, Map.of(), AuditFields.of(stored));
            return stored;
        });
    }

    public ProgramScheme update(Actor actor, long id, SchemeInput input, int expectedVersion) {
        requireAdmin(actor);
        return transactions.inTransaction(() -> {
            ProgramScheme current = schemes.find(id).orElseThrow(() -> notFound(id));
            ProgramScheme changed = input.validate(id, current.version());
            if (current.version() != expectedVersion) {
                throw new StaleVersionException("Scheme " + current.name(), expectedVersion, current.version());
            }
            FieldErrors errors = new FieldErrors();
            schemes.findByName(changed.name()).filter(other -> other.id() != id)
                    .ifPresent(other -> errors.add("name", E + "name.taken", changed.name()));
            ProgramScheme checked = checkReferences(changed, errors);
            errors.throwIfAny();
            ProgramScheme stored = schemes.update(checked, expectedVersion);
            record(actor, stored, "update", AuditFields.of(current), AuditFields.of(stored));
            return stored;
        });
    }

    public void delete(Actor actor, long id, int expectedVersion) {
        requireAdmin(actor);
        transactions.inTransaction(() -> {
            ProgramScheme current = schemes.find(id).orElseThrow(() -> notFound(id));
            if (current.version() != expectedVersion) {
                throw new StaleVersionException("Scheme " + current.name(), expectedVersion, current.version());
            }
            int users = programs.countUsingScheme(id);
            if (users > 0) {
                throw new ConflictException(Problem.of(E + "in.use", current.name(), users));
            }
            schemes.delete(id, expectedVersion);
            record(actor, current, "delete", AuditFields.of(current), Map.of());
            return null;
        });
    }

    /**
     * Checks the scheme's references against the host and returns it with each link type in Jira's own spelling
     * ("blocks" is stored as "Blocks").
     */
    private ProgramScheme checkReferences(ProgramScheme scheme, FieldErrors errors) {
        List<DependencyLinkType> types = scheme.dependencyLinkTypes();
        List<DependencyLinkType> canonical = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            DependencyLinkType type = types.get(i);
            Optional<String> name = references.linkTypeName(type.linkType());
            errors.check(name.isEmpty(), "dependencyLinkTypes[" + i + "].linkType", E + "linktype.unknown",
                    type.linkType());
            canonical.add(new DependencyLinkType(name.orElse(type.linkType()), type.kind(), type.dependentEnd(),
                    type.lagDays()));
        }
        List<String> missingStatuses = references.missingStatuses(scheme.doneStatuses());
        errors.check(!missingStatuses.isEmpty(), "doneStatuses", E + "statuses.unknown",
                missingStatuses.stream().collect(Collectors.joining(", ")));
        String estimateField = scheme.estimate().fieldId();
        errors.check(estimateField != null && !references.fieldExists(estimateField), "estimate.fieldId",
                E + "field.unknown", String.valueOf(estimateField));
        String teamField = scheme.team().fieldId();
        errors.check(teamField != null && !references.fieldExists(teamField), "team.fieldId", E + "field.unknown",
                String.valueOf(teamField));
        RiskSource risks = scheme.risks();
        if (risks.enabled()) {
            Optional<String> type = references.issueTypeName(risks.issueType());
            errors.check(type.isEmpty(), "risks.issueType", E + "risks.issueType.unknown", risks.issueType());
            String[][] roles = {{"risks.probabilityField", risks.probabilityField()},
                    {"risks.impactField", risks.impactField()},
                    {"risks.residualProbabilityField", risks.residualProbabilityField()},
                    {"risks.residualImpactField", risks.residualImpactField()},
                    {"risks.roamField", risks.roamField()}, {"risks.mitigationField", risks.mitigationField()},
                    {"risks.ownerField", RiskSource.ASSIGNEE.equals(risks.ownerField()) ? null : risks.ownerField()},
                    {"risks.dueField", RiskSource.DUE_DATE.equals(risks.dueField()) ? null : risks.dueField()}};
            for (String[] role : roles) {
                if (role[1] == null) {
                    continue;
                }
                Optional<FieldKind> kind = references.fieldKind(role[1]);
                if (kind.isEmpty()) {
                    errors.add(role[0], E + "field.unknown", role[1]);
                } else if (!fits(role[0], kind.get())) {
                    errors.add(role[0], E + "risks.field." + role[0].substring("risks.".length()), role[1]);
                }
            }
            risks = new RiskSource(type.orElse(risks.issueType()), risks.probabilityField(), risks.impactField(),
                    risks.residualProbabilityField(), risks.residualImpactField(), risks.roamField(),
                    risks.mitigationField(), risks.ownerField(), risks.dueField());
        }
        return new ProgramScheme(scheme.id(), scheme.version(), scheme.name(), scheme.description(), canonical,
                scheme.doneStatusCategories(), scheme.doneStatuses(), scheme.estimate(), scheme.team(),
                scheme.milestoneSource(), scheme.calendar(), scheme.durations(), risks);
    }

    /** Whether a field of {@code kind} can hold the risk value of {@code role} ({@code risks.probabilityField}, ...). */
    private static boolean fits(String role, FieldKind kind) {
        return switch (role) {
            case "risks.roamField" -> kind == FieldKind.ROAM || kind == FieldKind.TEXT;
            case "risks.mitigationField" -> kind == FieldKind.TEXT;
            case "risks.ownerField" -> kind == FieldKind.USER;
            case "risks.dueField" -> kind == FieldKind.DATE;
            default -> kind == FieldKind.RISK_LEVEL || kind == FieldKind.NUMBER;
        };
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.admin()) {
            throw new ForbiddenException(Problem.of(E + "admin.only"));
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Problem.of(E + "not.found", id));
    }

    private void record(Actor actor, ProgramScheme scheme, String action, Map<String, String> before,
                        Map<String, String> after) {
        audit.record(new AuditEntry(0, clock.instant(), actor.username(), "scheme", String.valueOf(scheme.id()), action,
                AuditEntry.diff(before, after)));
    }
}
