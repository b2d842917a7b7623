package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.program.Program;
import java.util.List;

/** A program in lists: key, name and the keys of the projects in its scope that the caller may browse. */
@JsonPropertyOrder({"key", "name", "projects"})
public record ProgramDto(String key, String name, List<String> projects) {
    public static ProgramDto of(Program program, List<String> visibleProjectKeys) {
        return new ProgramDto(program.key(), program.name(), List.copyOf(visibleProjectKeys));
    }
}
