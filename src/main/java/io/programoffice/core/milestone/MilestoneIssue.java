package io.programoffice.core.milestone;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a milestone report needs of one issue the viewer may browse: its key, its team (the program's team field,
 * else its project), whether it is done, its estimate and when it was resolved. Immutable.
 *
 * @param key        the issue key
 * @param team       the team it counts for
 * @param done       whether its status is in the done category
 * @param estimate   its estimate in the scheme's unit, or null
 * @param resolved   the day it was resolved, or null
 */
public record MilestoneIssue(String key, String team, boolean done, Double estimate, LocalDate resolved) {
    public MilestoneIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(team, "team");
    }
}
