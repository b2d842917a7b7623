package io.programoffice.rest.dto;

/**
 * Body of {@code POST /dependencies/{linkId}/transitions}: {@code {"action":"commit","note":"...","version":1}};
 * {@code version} is the one the caller saw (0 for a dependency nobody proposed yet).
 */
public record TransitionRequest(String action, String note, Integer version) {
}
