package com.atlassian.query.clause;

/** Compile-only replica of Jira 11.3's Clause: signatures only, no behaviour; never shipped. */
public interface Clause {
    String getName();
}
