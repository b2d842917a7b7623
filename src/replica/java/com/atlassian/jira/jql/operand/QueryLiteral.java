package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/**
 * Compile-only replica of Jira 11.3's QueryLiteral, a value type: holds the operand it came from and its number
 * (the plugin's functions answer issue ids); never shipped.
 */
public class QueryLiteral {
    private final Operand sourceOperand;
    private final Long longValue;

    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = longValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }

    public Long getLongValue() {
        return longValue;
    }
}
