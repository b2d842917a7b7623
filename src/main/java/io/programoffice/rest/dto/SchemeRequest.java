package io.programoffice.rest.dto;

import io.programoffice.core.scheme.SchemeInput;
import java.util.List;

/** Body of {@code POST /schemes} and {@code PUT /schemes/{id}} ({@code version} required on update). */
public record SchemeRequest(String name, String description, List<SchemeInput.LinkTypeInput> dependencyLinkTypes,
                            List<String> doneStatusCategories, List<String> doneStatuses,
                            SchemeInput.SourceInput estimate, SchemeInput.SourceInput team, String milestoneSource,
                            SchemeInput.CalendarInput calendar, SchemeInput.DurationInput durations,
                            SchemeInput.RiskInput risks, Integer version) {
    public SchemeInput toInput() {
        return new SchemeInput(name, description, dependencyLinkTypes, doneStatusCategories, doneStatuses, estimate,
                team, milestoneSource, calendar, durations, risks);
    }
}
