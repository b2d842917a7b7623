package io.programoffice.rest.dto;

/** Something on the host a form can pick: its id (or key) and its name, plus an optional detail line. */
public record ReferenceDto(String id, String name, String detail) {
}
