package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.dependency.Dependencies;
import java.util.List;

/**
 * An issue's dependencies: {@code {"issue":"APP-1","upstream":[...],"downstream":[...]}}; {@code upstream} are the
 * issues it waits on, {@code downstream} those waiting on it.
 */
@JsonPropertyOrder({"issue", "upstream", "downstream"})
public record IssueDependenciesDto(String issue, List<DependencyDto> upstream, List<DependencyDto> downstream) {
    public static IssueDependenciesDto of(Dependencies.IssueDependencies d) {
        return new IssueDependenciesDto(d.issue().key(), d.upstream().stream().map(DependencyDto::of).toList(),
                d.downstream().stream().map(DependencyDto::of).toList());
    }
}
