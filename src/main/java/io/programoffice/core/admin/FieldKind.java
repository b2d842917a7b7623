package io.programoffice.core.admin;

/**
 * What a custom field holds, as far as program schemes care: a risk level (the app's probability and impact types),
 * a number, a ROAM state (the app's type), text, a user, a date, or something else.
 */
public enum FieldKind {
    RISK_LEVEL, NUMBER, ROAM, TEXT, USER, DATE, OTHER
}
