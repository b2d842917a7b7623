package io.programoffice.rest.dto;

import java.util.List;

/** A program's scope on the wire: team project keys and/or a JQL query (null when none). */
public record ScopeDto(List<String> projects, String jql) {
}
