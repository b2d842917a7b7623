package io.programoffice.workbench.host.jql;

/**
 * One ORDER BY term. The workbench accepts any field name here and does not use the ordering for counting.
 *
 * @param field the field name as written
 * @param descending whether {@code DESC} was given
 */
public record JqlSort(String field, boolean descending) {
}
