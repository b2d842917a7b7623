package com.atlassian.query.operand;

/** Compile-only replica of Jira 11.3's Operand: signatures only, no behaviour; never shipped. */
public interface Operand {
    String getName();

    String getDisplayString();
}
