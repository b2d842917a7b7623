package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.milestone.BaselineStore;
import io.programoffice.core.milestone.BaselineSummary;
import io.programoffice.core.milestone.MilestoneBaseline;
import io.programoffice.core.milestone.MilestoneSnapshot;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.jira.ao.BaselineEntity;
import io.programoffice.jira.ao.BaselineMilestoneEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link BaselineStore} on ActiveObjects: a {@link BaselineEntity} row per baseline and a
 * {@link BaselineMilestoneEntity} row per milestone in it, written in one transaction. Lists read the program's
 * baseline rows only (not their milestones) and sort them in Java, newest first, so the order is the same on every
 * database. Thread-safe.
 */
@Named
public class ActiveObjectsBaselineStore implements BaselineStore {
    private static final Comparator<BaselineEntity> NEWEST_FIRST = Comparator
            .comparingLong(BaselineEntity::getTakenMillis).thenComparingInt(BaselineEntity::getID).reversed();

    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsBaselineStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Page<BaselineSummary> list(String programKey, PageRequest page) {
        return ao.executeInTransaction(() -> {
            List<BaselineSummary> all = Arrays.stream(rows(programKey)).sorted(NEWEST_FIRST)
                    .map(ActiveObjectsBaselineStore::summary).toList();
            int from = Math.min(page.startAt(), all.size());
            int to = Math.min(all.size(), from + page.maxResults());
            return new Page<>(page.startAt(), page.maxResults(), all.size(), all.subList(from, to));
        });
    }

    @Override
    public Optional<MilestoneBaseline> find(long id) {
        return ao.executeInTransaction(() -> {
            BaselineEntity[] rows = ao.find(BaselineEntity.class, Query.select().where("ID = ?", id));
            return rows.length == 0 ? Optional.<MilestoneBaseline>empty() : Optional.of(baseline(rows[0]));
        });
    }

    @Override
    public Optional<MilestoneBaseline> latest(String programKey) {
        return ao.executeInTransaction(() -> Arrays.stream(rows(programKey)).min(NEWEST_FIRST)
                .map(this::baseline));
    }

    @Override
    public boolean hasWeekly(String programKey, Instant from, Instant until) {
        return ao.executeInTransaction(() -> ao.count(BaselineEntity.class, Query.select()
                .where("PROGRAM_KEY = ? AND KIND = ? AND TAKEN_MILLIS >= ? AND TAKEN_MILLIS < ?", programKey,
                        MilestoneBaseline.Kind.WEEKLY.name(), from.toEpochMilli(), until.toEpochMilli())) > 0);
    }

    @Override
    public MilestoneBaseline create(MilestoneBaseline baseline) {
        return ao.executeInTransaction(() -> {
            BaselineEntity row = ao.create(BaselineEntity.class,
                    new DBParam("PROGRAM_KEY", baseline.programKey()),
                    new DBParam("TAKEN_MILLIS", baseline.takenAt().toEpochMilli()),
                    new DBParam("TAKEN_BY", baseline.takenBy()),
                    new DBParam("KIND", baseline.kind().name()),
                    new DBParam("MILESTONE_COUNT", baseline.milestones().size()));
            int order = 0;
            for (MilestoneSnapshot s : baseline.milestones()) {
                ao.create(BaselineMilestoneEntity.class,
                        new DBParam("BASELINE_ID", (long) row.getID()),
                        new DBParam("MILESTONE_ORDER", order++),
                        new DBParam("MILESTONE_ID", s.milestoneId()),
                        new DBParam("NAME", s.name()),
                        new DBParam("TARGET_DATE", s.targetDate().toString()),
                        new DBParam("SCOPE_ISSUES", s.scope().isEmpty() ? null : scopeText(s.scope())),
                        new DBParam("P50", text(s.p50())),
                        new DBParam("P85", text(s.p85())),
                        new DBParam("P95", text(s.p95())));
            }
            return baseline.withId(row.getID());
        });
    }

    private BaselineEntity[] rows(String programKey) {
        return ao.find(BaselineEntity.class, Query.select().where("PROGRAM_KEY = ?", programKey));
    }

    private MilestoneBaseline baseline(BaselineEntity row) {
        List<MilestoneSnapshot> milestones = new ArrayList<>();
        Arrays.stream(ao.find(BaselineMilestoneEntity.class,
                        Query.select().where("BASELINE_ID = ?", (long) row.getID())))
                .sorted(Comparator.comparingInt(BaselineMilestoneEntity::getMilestoneOrder))
                .forEach(m -> milestones.add(new MilestoneSnapshot(m.getMilestoneId(), m.getName(),
                        LocalDate.parse(m.getTargetDate()), scope(m.getScopeIssues()), day(m.getP50()),
                        day(m.getP85()), day(m.getP95()))));
        return new MilestoneBaseline(row.getID(), row.getProgramKey(), Instant.ofEpochMilli(row.getTakenMillis()),
                row.getTakenBy(), MilestoneBaseline.Kind.valueOf(row.getKind()), milestones);
    }

    private static BaselineSummary summary(BaselineEntity row) {
        return new BaselineSummary(row.getID(), row.getProgramKey(), Instant.ofEpochMilli(row.getTakenMillis()),
                row.getTakenBy(), MilestoneBaseline.Kind.valueOf(row.getKind()), row.getMilestoneCount());
    }

    /** {@code 10001=APP-1,10002=APP-2}: issue keys hold no {@code =} or {@code ,}. */
    static String scopeText(List<MilestoneSnapshot.ScopeIssue> scope) {
        StringBuilder out = new StringBuilder(scope.size() * 16);
        for (MilestoneSnapshot.ScopeIssue i : scope) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(i.id()).append('=').append(i.key());
        }
        return out.toString();
    }

    static List<MilestoneSnapshot.ScopeIssue> scope(String text) {
        List<MilestoneSnapshot.ScopeIssue> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            out.add(new MilestoneSnapshot.ScopeIssue(Long.parseLong(pair.substring(0, eq)), pair.substring(eq + 1)));
        }
        return out;
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static LocalDate day(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }
}
