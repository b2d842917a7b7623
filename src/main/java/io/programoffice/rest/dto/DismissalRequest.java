package io.programoffice.rest.dto;

/** Body of {@code POST /programs/{key}/risks/suggestions/{id}/dismissal}: {@code {"reason":"..."}}. */
public record DismissalRequest(String reason) {
}
