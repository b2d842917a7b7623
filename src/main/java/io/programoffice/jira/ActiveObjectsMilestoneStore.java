package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneScope;
import io.programoffice.core.milestone.MilestoneStore;
import io.programoffice.jira.ao.MilestoneEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link MilestoneStore} on ActiveObjects. A program's milestones are read whole (at most
 * {@link io.programoffice.core.milestone.Milestones#MAX_PER_PROGRAM}) and sorted by position, then id, in Java, so
 * the order is the same on every database. An update compares and sets the row's version in one transaction: of two
 * saves from the same version, one wins and the other finds a newer version. Thread-safe (ActiveObjects is).
 */
@Named
public class ActiveObjectsMilestoneStore implements MilestoneStore {
    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsMilestoneStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Milestone> list(String programKey) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(MilestoneEntity.class,
                        Query.select().where("PROGRAM_KEY = ?", programKey)))
                .map(ActiveObjectsMilestoneStore::toMilestone)
                .sorted(Comparator.comparingInt(Milestone::position).thenComparingLong(Milestone::id))
                .toList());
    }

    @Override
    public Optional<Milestone> find(long id) {
        return ao.executeInTransaction(() -> row(id).map(ActiveObjectsMilestoneStore::toMilestone));
    }

    @Override
    public Milestone create(Milestone milestone) {
        return ao.executeInTransaction(() -> {
            MilestoneEntity row = ao.create(MilestoneEntity.class,
                    new DBParam("PROGRAM_KEY", milestone.programKey()),
                    new DBParam("NAME", milestone.name()),
                    new DBParam("TARGET_DAY", (int) milestone.targetDate().toEpochDay()),
                    new DBParam("SCOPE_KIND", milestone.scope().kind().name()),
                    new DBParam("OWNER", milestone.owner()),
                    new DBParam("ROW_VERSION", 1));
            write(row, milestone);
            row.setRowVersion(1);
            row.save();
            return toMilestone(row);
        });
    }

    @Override
    public Optional<Milestone> update(Milestone milestone) {
        return ao.executeInTransaction(() -> {
            Optional<MilestoneEntity> found = row(milestone.id());
            if (found.isEmpty() || found.get().getRowVersion() != milestone.version()
                    || !found.get().getProgramKey().equals(milestone.programKey())) {
                return Optional.<Milestone>empty();
            }
            MilestoneEntity row = found.get();
            write(row, milestone);
            row.setRowVersion(milestone.version() + 1);
            row.save();
            return Optional.of(toMilestone(row));
        });
    }

    @Override
    public boolean delete(long id) {
        return ao.executeInTransaction(() -> {
            Optional<MilestoneEntity> row = row(id);
            row.ifPresent(r -> ao.delete(r));
            return row.isPresent();
        });
    }

    private Optional<MilestoneEntity> row(long id) {
        MilestoneEntity[] rows = ao.find(MilestoneEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static void write(MilestoneEntity row, Milestone m) {
        row.setName(m.name());
        row.setDescription(m.description().isEmpty() ? null : m.description());
        row.setTargetDay((int) m.targetDate().toEpochDay());
        row.setScopeKind(m.scope().kind().name());
        row.setScopeText(m.scope().text().isEmpty() ? null : m.scope().text());
        row.setIssueKeys(m.scope().issueKeys().isEmpty() ? null : String.join(",", m.scope().issueKeys()));
        row.setOwner(m.owner());
        row.setSortPosition(m.position());
    }

    static Milestone toMilestone(MilestoneEntity row) {
        List<String> keys = row.getIssueKeys() == null || row.getIssueKeys().isEmpty() ? List.of()
                : List.of(row.getIssueKeys().split(","));
        MilestoneScope scope = new MilestoneScope(MilestoneScope.Kind.valueOf(row.getScopeKind()),
                row.getScopeText() == null ? "" : row.getScopeText(), keys);
        return new Milestone(row.getID(), row.getProgramKey(), row.getName(),
                row.getDescription() == null ? "" : row.getDescription(), LocalDate.ofEpochDay(row.getTargetDay()),
                scope, row.getOwner(), row.getSortPosition(), row.getRowVersion());
    }
}
