package io.programoffice.core.scheme;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An end of a Jira issue link. The source is the issue the link's outward description reads from ("A blocks B": A
 * is the source, B the destination).
 */
public enum LinkEnd {
    SOURCE,
    DESTINATION;

    /** The wire name: {@code source} or {@code destination}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LinkEnd> parse(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName().equalsIgnoreCase(wireName)).findFirst();
    }
}
