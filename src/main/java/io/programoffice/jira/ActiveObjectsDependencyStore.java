package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.admin.StaleVersionException;
import io.programoffice.core.dependency.DependencyAction;
import io.programoffice.core.dependency.DependencyRecord;
import io.programoffice.core.dependency.DependencyState;
import io.programoffice.core.dependency.DependencyStore;
import io.programoffice.core.dependency.StateChange;
import io.programoffice.jira.ao.DependencyChangeEntity;
import io.programoffice.jira.ao.DependencyEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link DependencyStore} on ActiveObjects: one row per link in {@link DependencyEntity}, its moves in
 * {@link DependencyChangeEntity}. Each call is one transaction or joins the caller's; finds are one indexed select
 * ({@link #findAll} one per 500 links).
 * Thread-safe (ActiveObjects is).
 */
@Named
public class ActiveObjectsDependencyStore implements DependencyStore {
    private static final String OPEN = "STATE IN (?, ?, ?, ?)";
    /** Links per {@code IN} list: well under the 1,000 some databases allow. */
    private static final int IN_LIST = 500;
    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsDependencyStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<DependencyRecord> find(long linkId) {
        return ao.executeInTransaction(() -> row(linkId).map(ActiveObjectsDependencyStore::toRecord));
    }

    /** One select per {@value #IN_LIST} links ({@code LINK_ID IN (...)}, indexed), in one transaction. */
    @Override
    public Map<Long, DependencyRecord> findAll(Collection<Long> linkIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(linkIds));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ao.executeInTransaction(() -> {
            Map<Long, DependencyRecord> out = new HashMap<>();
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
                String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                for (DependencyEntity row : ao.find(DependencyEntity.class,
                        Query.select().where("LINK_ID IN (" + marks + ")", chunk.toArray()))) {
                    out.put(row.getLinkId(), toRecord(row));
                }
            }
            return out;
        });
    }

    @Override
    public List<DependencyRecord> open() {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(DependencyEntity.class, Query.select()
                        .where(OPEN, DependencyState.PROPOSED.wireName(), DependencyState.COMMITTED.wireName(),
                                DependencyState.DECLINED.wireName(), DependencyState.ESCALATED.wireName())
                        .order("LINK_ID ASC")))
                .map(ActiveObjectsDependencyStore::toRecord).toList());
    }

    @Override
    public List<DependencyRecord> negotiated() {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(DependencyEntity.class, Query.select()
                        .where(OPEN.replace(")", ", ?)"), DependencyState.PROPOSED.wireName(),
                                DependencyState.COMMITTED.wireName(), DependencyState.DECLINED.wireName(),
                                DependencyState.ESCALATED.wireName(), DependencyState.DONE.wireName())
                        .order("LINK_ID ASC")))
                .map(ActiveObjectsDependencyStore::toRecord).toList());
    }

    @Override
    public DependencyRecord create(DependencyRecord record) {
        return ao.executeInTransaction(() -> {
            if (row(record.linkId()).isPresent()) {
                throw new IllegalStateException("Link " + record.linkId() + " has dependency data already");
            }
            DependencyEntity row = ao.create(DependencyEntity.class, new DBParam("LINK_ID", record.linkId()),
                    new DBParam("ROW_VERSION", 1));
            write(row, record);
            row.setRowVersion(1);
            row.save();
            return toRecord(row);
        });
    }

    @Override
    public DependencyRecord update(DependencyRecord record, int expectedVersion) {
        return ao.executeInTransaction(() -> {
            DependencyEntity row = row(record.linkId())
                    .orElseThrow(() -> new NoSuchElementException("dependency " + record.linkId()));
            if (row.getRowVersion() != expectedVersion) {
                throw new StaleVersionException("Dependency " + record.linkId(), expectedVersion, row.getRowVersion());
            }
            write(row, record);
            row.setRowVersion(expectedVersion + 1);
            row.save();
            return toRecord(row);
        });
    }

    @Override
    public boolean delete(long linkId) {
        return ao.executeInTransaction(() -> {
            ao.delete(ao.find(DependencyChangeEntity.class, Query.select().where("LINK_ID = ?", linkId)));
            Optional<DependencyEntity> row = row(linkId);
            row.ifPresent(r -> ao.delete(r));
            return row.isPresent();
        });
    }

    @Override
    public void append(StateChange change) {
        ao.executeInTransaction(() -> {
            DependencyChangeEntity row = ao.create(DependencyChangeEntity.class,
                    new DBParam("LINK_ID", change.linkId()),
                    new DBParam("AT_MILLIS", change.at().toEpochMilli()),
                    new DBParam("ACTOR", change.actor()),
                    new DBParam("ACTION", change.action().wireName()),
                    new DBParam("TO_STATE", change.to().wireName()));
            row.setFromState(change.from() == null ? null : change.from().wireName());
            row.setNote(change.note());
            row.save();
            return null;
        });
    }

    @Override
    public List<StateChange> history(long linkId) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(DependencyChangeEntity.class,
                        Query.select().where("LINK_ID = ?", linkId).order("AT_MILLIS ASC, ID ASC")))
                .map(r -> new StateChange(r.getLinkId(), Instant.ofEpochMilli(r.getAtMillis()), r.getActor(),
                        DependencyAction.parse(r.getAction()).orElseThrow(), state(r.getFromState()),
                        state(r.getToState()), r.getNote()))
                .toList());
    }

    private Optional<DependencyEntity> row(long linkId) {
        DependencyEntity[] rows = ao.find(DependencyEntity.class, Query.select().where("LINK_ID = ?", linkId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static void write(DependencyEntity row, DependencyRecord r) {
        row.setState(r.state() == null ? null : r.state().wireName());
        row.setNeededBy(r.neededBy() == null ? null : r.neededBy().toString());
        row.setLagDays(r.lagDays());
        row.setUpstreamOwner(r.upstreamOwner());
        row.setDownstreamOwner(r.downstreamOwner());
        row.setNote(r.note());
        row.setStateSinceMillis(r.stateSince() == null ? null : r.stateSince().toEpochMilli());
    }

    private static DependencyState state(String wireName) {
        return wireName == null ? null : DependencyState.parse(wireName).orElseThrow();
    }

    static DependencyRecord toRecord(DependencyEntity row) {
        return new DependencyRecord(row.getLinkId(), state(row.getState()),
                row.getNeededBy() == null ? null : LocalDate.parse(row.getNeededBy()), row.getLagDays(),
                row.getUpstreamOwner(), row.getDownstreamOwner(), row.getNote(),
                row.getStateSinceMillis() == null ? null : Instant.ofEpochMilli(row.getStateSinceMillis()),
                row.getRowVersion());
    }
}
