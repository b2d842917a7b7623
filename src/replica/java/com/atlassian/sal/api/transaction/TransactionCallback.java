package com.atlassian.sal.api.transaction;

/** Compile-only replica of Jira 11.3's TransactionCallback: signatures only, no behaviour; never shipped. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
