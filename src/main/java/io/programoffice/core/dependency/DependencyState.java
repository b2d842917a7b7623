package io.programoffice.core.dependency;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a dependency's negotiation stands. A mapped Jira link that nobody proposed yet has no state at all (no
 * metadata row); see {@link Negotiation} for the moves between states.
 */
public enum DependencyState {
    /** The downstream side asked the upstream side for the work; waiting for an answer. */
    PROPOSED,
    /** The upstream side agreed to deliver by the needed-by date. */
    COMMITTED,
    /** The upstream side said no. */
    DECLINED,
    /** Handed to the program owners to decide. */
    ESCALATED,
    /** Delivered: the upstream work is done or was marked done. Final. */
    DONE;

    /** The wire name: {@code proposed}, {@code committed}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DependencyState> parse(String wireName) {
        return Arrays.stream(values()).filter(s -> s.wireName().equalsIgnoreCase(wireName)).findFirst();
    }
}
