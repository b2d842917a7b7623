package io.programoffice.rest.dto;

/**
 * Body of {@code POST /programs/{key}/risks/suggestions/{id}/risk}: {@code {"project":"APP","summary":"..",
 * "probability":"4","impact":"4"}}; probability and impact as numbers or text (1–5), absent ones from the suggestion,
 * an absent summary the suggestion's title.
 */
public record CreateRiskRequest(String project, String summary, String probability, String impact) {
}
