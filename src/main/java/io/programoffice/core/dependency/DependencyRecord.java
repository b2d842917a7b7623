package io.programoffice.core.dependency;

import io.programoffice.core.scheme.DependencyLinkType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The plugin-owned metadata of one dependency, keyed by the Jira link's id. Immutable; validated on construction.
 *
 * @param linkId          the Jira issue link's id, positive
 * @param state           the negotiation state, {@code null} when nobody proposed it yet (only dates, owners or a
 *                        note were set)
 * @param neededBy        when the downstream side needs the work, or {@code null}
 * @param lagDays         the lag overriding the scheme's default for this dependency, {@code -365..365}, or
 *                        {@code null} for the scheme's
 * @param upstreamOwner   the username answering for the upstream side, or {@code null}
 * @param downstreamOwner the username answering for the downstream side, or {@code null}
 * @param note            free text, at most {@value #MAX_NOTE} characters, or {@code null}
 * @param stateSince      when the state was entered, {@code null} when there is no state
 * @param version         optimistic-locking version, 0 before it is stored
 */
public record DependencyRecord(long linkId, DependencyState state, LocalDate neededBy, Integer lagDays,
                               String upstreamOwner, String downstreamOwner, String note, Instant stateSince,
                               int version) {
    /** Longest note. */
    public static final int MAX_NOTE = 4000;
    /** Longest owner username. */
    public static final int MAX_OWNER = 255;

    public DependencyRecord {
        if (linkId <= 0) {
            throw new IllegalArgumentException("link id must be positive: " + linkId);
        }
        if (lagDays != null && Math.abs(lagDays) > DependencyLinkType.MAX_LAG_DAYS) {
            throw new IllegalArgumentException("lag must be within -365..365, was " + lagDays);
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note must be at most " + MAX_NOTE + " characters");
        }
        if (upstreamOwner != null && (upstreamOwner.isBlank() || upstreamOwner.length() > MAX_OWNER)
                || downstreamOwner != null && (downstreamOwner.isBlank() || downstreamOwner.length() > MAX_OWNER)) {
            throw new IllegalArgumentException("owners must be 1-255 characters");
        }
        if ((state == null) != (stateSince == null)) {
            throw new IllegalArgumentException("a state needs the time it was entered, and only a state has one");
        }
    }

    /** Nothing set yet for this link. */
    public static DependencyRecord blank(long linkId) {
        return new DependencyRecord(linkId, null, null, null, null, null, null, null, 0);
    }

    /** This record in {@code newState}, entered at {@code at}. */
    public DependencyRecord moved(DependencyState newState, Instant at) {
        return new DependencyRecord(linkId, newState, neededBy, lagDays, upstreamOwner, downstreamOwner, note, at,
                version);
    }
}
