package io.programoffice.rest.dto;

import io.programoffice.core.program.ProgramInput;
import java.util.List;

/**
 * Body of {@code POST /programs} and {@code PUT /programs/{key}}. {@code version} is required on update (the
 * version the caller edited); {@code archived} may be set on update.
 */
public record ProgramRequest(String key, String name, String description, List<String> owners,
                             List<String> stakeholders, Long schemeId, ScopeDto scope, Boolean archived,
                             Integer version) {
    public ProgramInput toInput() {
        return new ProgramInput(key, name, description, owners, stakeholders, schemeId,
                scope == null ? null : scope.projects(), scope == null ? null : scope.jql(), archived);
    }
}
