package io.programoffice.rest.dto;

/** Body of {@code POST /programs/{key}/views}: {@code {"name":"By team","query":"groupBy=team,statusCategory"}}. */
public record SavedViewRequest(String name, String query) {
}
