package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.program.Program;
import java.util.List;

/**
 * A program: its fields, the scope's projects limited to those the caller may browse, the scope's JQL only for those
 * who may change the program (it can name what others can't see), its version (send it back to update) and whether
 * the caller may change it.
 */
@JsonPropertyOrder({"key", "name", "description", "owners", "stakeholders", "schemeId", "scope", "archived", "version",
        "canEdit"})
public record ProgramDto(String key, String name, String description, List<String> owners, List<String> stakeholders,
                         long schemeId, ScopeDto scope, boolean archived, int version, boolean canEdit) {
    public static ProgramDto of(Program program, List<String> visibleProjectKeys, boolean canEdit) {
        return new ProgramDto(program.key(), program.name(), program.description(), program.owners(),
                program.stakeholders(), program.schemeId(),
                new ScopeDto(List.copyOf(visibleProjectKeys), canEdit ? program.scope().jql() : null), program.archived(),
                program.version(), canEdit);
    }
}
