package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.admin.ConflictException;
import io.programoffice.core.admin.Transactions;
import io.programoffice.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * {@link Transactions} on ActiveObjects: the host's transaction, which nested calls join. When two people change
 * the same thing at the same moment, the database refuses one of them (a unique key, a row lock or a serialization
 * failure); that one gets a {@link ConflictException} (409, "try again") instead of an error, and nothing of it is
 * written. Thread-safe.
 */
@Named
public class AoTransactions implements Transactions {
    private final ActiveObjects ao;

    @Inject
    public AoTransactions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return ao.executeInTransaction(work::get);
        } catch (RuntimeException e) {
            if (isConcurrentChange(e)) {
                throw new ConflictException(Problem.of("program-office.error.concurrent"));
            }
            throw e;
        }
    }

    /**
     * Whether the database refused the change because of another transaction: SQLSTATE class 23 (integrity: the
     * same key saved twice), class 40 (serialization failure, deadlock), or a lock timeout / concurrent update
     * reported under a vendor code (H2: HYT00, 90131).
     */
    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00")
                        || sql.getErrorCode() == 90131) {
                    return true;
                }
            }
        }
        return false;
    }
}
