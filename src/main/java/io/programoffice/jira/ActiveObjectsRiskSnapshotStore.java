package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.risk.RiskSnapshot;
import io.programoffice.core.risk.RiskSnapshotStore;
import io.programoffice.jira.ao.RiskSnapshotEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link RiskSnapshotStore} on ActiveObjects: a {@link RiskSnapshotEntity} row per program, week, project and level. A
 * snapshot's rows are written in one transaction; lists sort in Java (by week, then project). Thread-safe.
 */
@Named
public class ActiveObjectsRiskSnapshotStore implements RiskSnapshotStore {
    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsRiskSnapshotStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void add(List<RiskSnapshot> rows) {
        ao.executeInTransaction(() -> {
            for (RiskSnapshot r : rows) {
                ao.create(RiskSnapshotEntity.class,
                        new DBParam("PROGRAM_KEY", r.programKey()),
                        new DBParam("WEEK", r.week().toString()),
                        new DBParam("TAKEN_MILLIS", r.takenAt().toEpochMilli()),
                        new DBParam("PROJECT", r.project()),
                        new DBParam("SECURITY_LEVEL", r.securityLevelId()),
                        new DBParam("OPEN_RISKS", r.open()),
                        new DBParam("EXPOSURE", r.exposure()),
                        new DBParam("HIGH_RISKS", r.high()),
                        new DBParam("UNASSESSED", r.unassessed()));
            }
            return null;
        });
    }

    @Override
    public boolean hasWeek(String programKey, LocalDate week) {
        return ao.executeInTransaction(() -> ao.count(RiskSnapshotEntity.class,
                Query.select().where("PROGRAM_KEY = ? AND WEEK = ?", programKey, week.toString())) > 0);
    }

    @Override
    public List<RiskSnapshot> list(String programKey) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(RiskSnapshotEntity.class,
                        Query.select().where("PROGRAM_KEY = ?", programKey)))
                .map(r -> new RiskSnapshot(r.getProgramKey(), LocalDate.parse(r.getWeek()),
                        Instant.ofEpochMilli(r.getTakenMillis()), r.getProject(), r.getSecurityLevel(),
                        r.getOpenRisks(), r.getExposure(),
                        r.getHighRisks(), r.getUnassessed()))
                .sorted(Comparator.comparing(RiskSnapshot::week).thenComparing(RiskSnapshot::project)
                        .thenComparingLong(RiskSnapshot::securityLevelId))
                .toList());
    }
}
