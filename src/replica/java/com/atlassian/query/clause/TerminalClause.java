package com.atlassian.query.clause;

import com.atlassian.query.operand.Operand;

/** Compile-only replica of Jira 11.3's TerminalClause: signatures only, no behaviour; never shipped. */
public interface TerminalClause extends Clause {
    Operand getOperand();
}
