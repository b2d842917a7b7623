package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.risk.Dismissal;
import io.programoffice.core.risk.DismissalStore;
import io.programoffice.core.risk.Suggestion;
import io.programoffice.jira.ao.RiskDismissalEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link DismissalStore} on ActiveObjects: a {@link RiskDismissalEntity} row per dismissal. Lists read the program's
 * rows and sort them in Java, oldest first, so the order is the same on every database. Thread-safe.
 */
@Named
public class ActiveObjectsDismissalStore implements DismissalStore {
    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsDismissalStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Dismissal> list(String programKey) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(RiskDismissalEntity.class,
                        Query.select().where("PROGRAM_KEY = ?", programKey)))
                .sorted(Comparator.comparingLong(RiskDismissalEntity::getDismissedMillis)
                        .thenComparingInt(RiskDismissalEntity::getID))
                .map(r -> new Dismissal(Suggestion.Kind.valueOf(r.getKind()), r.getSubject(), r.getFingerprint(),
                        r.getDismissedBy(), r.getReason() == null ? "" : r.getReason(),
                        Instant.ofEpochMilli(r.getDismissedMillis())))
                .toList());
    }

    @Override
    public void add(String programKey, Dismissal d) {
        ao.executeInTransaction(() -> ao.create(RiskDismissalEntity.class,
                new DBParam("PROGRAM_KEY", programKey),
                new DBParam("KIND", d.kind().name()),
                new DBParam("SUBJECT", d.subject()),
                new DBParam("FINGERPRINT", d.fingerprint()),
                new DBParam("DISMISSED_BY", d.user()),
                new DBParam("REASON", d.reason()),
                new DBParam("DISMISSED_MILLIS", d.at().toEpochMilli())));
    }
}
