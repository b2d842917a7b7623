package io.programoffice.rest.dto;

import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneInput;

/**
 * Body of {@code POST /programs/{key}/milestones} and {@code PUT /programs/{key}/milestones/{id}}:
 * {@code {"name","description","targetDate":"2027-03-31","scope":{"kind","text","issueKeys"},"owner","position",
 * "version"}}. {@code version} is required on update (the version the caller edited); on update a field left out
 * keeps its value, and a scope given replaces the whole scope.
 */
public record MilestoneRequest(String name, String description, String targetDate, MilestoneScopeDto scope,
                               String owner, Integer position, Integer version) {
    /** The input to create from. */
    public MilestoneInput toInput() {
        return new MilestoneInput(name, description, targetDate, scope == null ? null : scope.kind(),
                scope == null ? null : scope.text(), scope == null ? null : scope.issueKeys(), owner, position,
                version);
    }

    /** The input to update {@code current} from: what this request leaves out keeps the current value. */
    public MilestoneInput toInput(Milestone current) {
        MilestoneScopeDto s = scope == null ? MilestoneScopeDto.of(current.scope()) : scope;
        return new MilestoneInput(name == null ? current.name() : name,
                description == null ? current.description() : description,
                targetDate == null ? current.targetDate().toString() : targetDate, s.kind(), s.text(), s.issueKeys(),
                owner == null ? current.owner() : owner, position == null ? current.position() : position, version);
    }
}
