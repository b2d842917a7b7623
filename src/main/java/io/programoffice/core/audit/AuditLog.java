package io.programoffice.core.audit;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;

/** Where audit entries are kept. Writes join the caller's transaction. Thread-safe. */
public interface AuditLog {
    /** Stores {@code entry} and returns it with its id. */
    AuditEntry record(AuditEntry entry);

    /** Entries newest first, one page. */
    Page<AuditEntry> list(PageRequest request);
}
