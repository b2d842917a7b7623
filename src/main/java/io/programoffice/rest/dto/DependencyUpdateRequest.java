package io.programoffice.rest.dto;

/**
 * Body of {@code PUT /dependencies/{linkId}}: {@code {"neededBy","lag","lagReset","upstreamOwner","downstreamOwner",
 * "note","version"}}; a missing field keeps its value, {@code ""} clears it, {@code "lagReset":true} returns to the
 * scheme's lag; {@code version} is required.
 */
public record DependencyUpdateRequest(String neededBy, Integer lag, Boolean lagReset, String upstreamOwner,
                                      String downstreamOwner, String note, Integer version) {
}
