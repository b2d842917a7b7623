package com.atlassian.jira.issue.customfields.impl;

/**
 * Compile-only replica of Jira 11.3's CalculatedCFType: signatures only, no behaviour (Jira's stores nothing: every
 * write is a no-op and the value is computed by {@code getValueFromIssue}); never shipped.
 */
// type: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html ; superclass of Jira Software 10.6.0's RankCFType; extended with a no-argument constructor by a plugin built against Jira 8.13.1 (docs/research/risk-fields.md, sources JSW-RANK-10, MYGROOVY-CF)
public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {
    // source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html
    public CalculatedCFType() {
    }
}
