package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeInput;
import java.util.List;

/**
 * A program scheme with its id, version and how many programs use it; the rest in the export format ({@code risks}
 * null when its programs keep no risks).
 */
@JsonPropertyOrder({"id", "version", "name", "description", "dependencyLinkTypes", "doneStatusCategories",
        "doneStatuses", "estimate", "team", "milestoneSource", "calendar", "durations", "risks",
        "programs"})
public record SchemeDto(long id, int version, String name, String description,
                        List<SchemeInput.LinkTypeInput> dependencyLinkTypes, List<String> doneStatusCategories,
                        List<String> doneStatuses, SchemeInput.SourceInput estimate, SchemeInput.SourceInput team,
                        String milestoneSource, SchemeInput.CalendarInput calendar,
                        SchemeInput.DurationInput durations, SchemeInput.RiskInput risks, int programs) {
    public static SchemeDto of(ProgramScheme scheme, int programs) {
        SchemeInput in = SchemeInput.of(scheme);
        return new SchemeDto(scheme.id(), scheme.version(), in.name(), in.description(), in.dependencyLinkTypes(),
                in.doneStatusCategories(), in.doneStatuses(), in.estimate(), in.team(), in.milestoneSource(),
                in.calendar(), in.durations(), in.risks(), programs);
    }
}
