package io.programoffice.core.analysis;

import java.time.LocalDate;

/**
 * How one issue moves when another slips.
 *
 * @param node        the issue's node
 * @param key         its key
 * @param days        working days its early start and finish move later
 * @param earlyStart  its new early start date
 * @param earlyFinish its new early finish date (its last working day)
 */
public record IssueMove(int node, String key, int days, LocalDate earlyStart, LocalDate earlyFinish) {
}
