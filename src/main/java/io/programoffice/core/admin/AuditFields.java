package io.programoffice.core.admin;

import io.programoffice.core.program.Program;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.scheme.DependencyLinkType;
import io.programoffice.core.scheme.ProgramScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Programs and schemes as field → text maps, for the audit log's before/after. Stateless. */
final class AuditFields {
    private AuditFields() {
    }

    static Map<String, String> of(Program p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("key", p.key());
        m.put("name", p.name());
        m.put("description", p.description());
        m.put("owners", String.join(", ", p.owners()));
        m.put("stakeholders", String.join(", ", p.stakeholders()));
        m.put("schemeId", String.valueOf(p.schemeId()));
        m.put("scope.projects", String.join(", ", p.scope().projects()));
        m.put("scope.jql", p.scope().jql() == null ? "" : p.scope().jql());
        m.put("archived", String.valueOf(p.archived()));
        return m;
    }

    static Map<String, String> of(ProgramScheme s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("description", s.description());
        m.put("dependencyLinkTypes", s.dependencyLinkTypes().stream().map(AuditFields::linkType)
                .collect(Collectors.joining("; ")));
        m.put("doneStatusCategories", s.doneStatusCategories().stream().map(StatusCategory::key)
                .collect(Collectors.joining(", ")));
        m.put("doneStatuses", String.join(", ", s.doneStatuses()));
        m.put("estimate", s.estimate().kind() + (s.estimate().fieldId() == null ? "" : " " + s.estimate().fieldId()));
        m.put("team", s.team().kind() + (s.team().fieldId() == null ? "" : " " + s.team().fieldId()));
        m.put("milestoneSource", s.milestoneSource().name());
        m.put("calendar", s.calendar().workingDays() + " holidays " + s.calendar().holidays());
        return m;
    }

    private static String linkType(DependencyLinkType t) {
        return t.linkType() + " " + t.kind() + " dependent=" + t.dependentEnd().wireName() + " lag=" + t.lagDays();
    }
}
