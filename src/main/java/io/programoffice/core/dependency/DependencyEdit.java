package io.programoffice.core.dependency;

/**
 * A change to a dependency's metadata, unvalidated: a {@code null} field keeps its value, an empty string (or, for
 * the lag, {@link #lagReset}) clears it.
 *
 * @param neededBy        an ISO date, {@code ""} to clear, or {@code null}
 * @param lag             a lag override {@code -365..365}, or {@code null}
 * @param lagReset        whether to go back to the scheme's lag
 * @param upstreamOwner   a username, {@code ""} to clear, or {@code null}
 * @param downstreamOwner a username, {@code ""} to clear, or {@code null}
 * @param note            text, {@code ""} to clear, or {@code null}
 */
public record DependencyEdit(String neededBy, Integer lag, boolean lagReset, String upstreamOwner,
                             String downstreamOwner, String note) {
}
