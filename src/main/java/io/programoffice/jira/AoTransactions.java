package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.admin.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;

/** {@link Transactions} on ActiveObjects: the host's transaction, which nested calls join. Thread-safe. */
@Named
public class AoTransactions implements Transactions {
    private final ActiveObjects ao;

    @Inject
    public AoTransactions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
