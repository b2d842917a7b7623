package io.programoffice.workbench.host.jql;

/** The comparison operators of the workbench's JQL. */
public enum JqlOperator {
    /** {@code =}: one value (or {@code EMPTY}). */
    EQUALS("=", false),
    /** {@code !=}: one value (or {@code EMPTY}); never matches an issue without a value for the field. */
    NOT_EQUALS("!=", false),
    /** {@code in (...)}: a list of values. */
    IN("in", true),
    /** {@code not in (...)}: a list of values; never matches an issue without a value for the field. */
    NOT_IN("not in", true),
    /** {@code is EMPTY}. */
    IS("is", false),
    /** {@code is not EMPTY}. */
    IS_NOT("is not", false),
    /** {@code >}: one value; only {@code id}, {@code created} and {@code updated}. */
    GREATER(">", false),
    /** {@code >=}: one value; only {@code id}, {@code created} and {@code updated}. */
    GREATER_OR_EQUAL(">=", false),
    /** {@code <}: one value; only {@code id}, {@code created} and {@code updated}. */
    LESS("<", false),
    /** {@code <=}: one value; only {@code id}, {@code created} and {@code updated}. */
    LESS_OR_EQUAL("<=", false);

    private final String symbol;
    private final boolean takesList;

    JqlOperator(String symbol, boolean takesList) {
        this.symbol = symbol;
        this.takesList = takesList;
    }

    /** @return the operator as written in JQL, e.g. {@code not in} */
    public String symbol() {
        return symbol;
    }

    /** @return whether the operator takes a parenthesised list rather than a single value */
    public boolean takesList() {
        return takesList;
    }

    /** @return the operator matching exactly the issues (with a value) that this one does not */
    public JqlOperator negated() {
        return switch (this) {
            case EQUALS -> NOT_EQUALS;
            case NOT_EQUALS -> EQUALS;
            case IN -> NOT_IN;
            case NOT_IN -> IN;
            case IS -> IS_NOT;
            case IS_NOT -> IS;
            case GREATER -> LESS_OR_EQUAL;
            case GREATER_OR_EQUAL -> LESS;
            case LESS -> GREATER_OR_EQUAL;
            case LESS_OR_EQUAL -> GREATER;
        };
    }

    /** @return whether the operator compares order ({@code >}, {@code >=}, {@code <}, {@code <=}) */
    public boolean isRange() {
        return this == GREATER || this == GREATER_OR_EQUAL || this == LESS || this == LESS_OR_EQUAL;
    }

    /** @return whether the operator excludes rather than includes the values it names */
    public boolean isNegative() {
        return this == NOT_EQUALS || this == NOT_IN || this == IS_NOT;
    }
}
