package io.programoffice.core.view;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Links within a program as one viewer sees it: only links whose two ends are both program issues the viewer may
 * see, each counted once. Immutable.
 *
 * @param total        links counted
 * @param crossProject of those, links whose ends are in different projects
 * @param byType       links per link type name, sorted by name, only types with at least one
 */
public record LinkStats(int total, int crossProject, Map<String, Integer> byType) {
    public LinkStats {
        byType = Collections.unmodifiableMap(new TreeMap<>(byType));
    }
}
