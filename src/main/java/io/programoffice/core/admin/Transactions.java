package io.programoffice.core.admin;

import java.util.function.Supplier;

/** Runs work in one storage transaction: all of it is written, or nothing. Nested calls join the outer one. */
@FunctionalInterface
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
