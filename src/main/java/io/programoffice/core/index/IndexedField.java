package io.programoffice.core.index;

/**
 * The dictionary-coded string fields of the {@link ProgramIndex}: each distinct value of one field has a dense
 * {@code int} code ({@code 0..distinctValues-1}) that never changes for the life of the index, so views can group
 * by code in plain arrays. Fix versions and components are coded per value (an issue may have several).
 */
public enum IndexedField {
    PROJECT,
    ISSUE_TYPE,
    STATUS,
    FIX_VERSION,
    COMPONENT,
    ASSIGNEE,
    TEAM,
    LINK_TYPE
}
