package io.programoffice.core.view;

import static org.junit.Assert.assertEquals;

import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.RandomPrograms;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.StatusCategory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.Test;

/**
 * On random programs (seeded), random viewers, memberships and queries, the columnar views equal what
 * {@link RecordViews} recomputes from the records: groups, rollups, issue pages and link statistics.
 */
public class ProgramViewsPropertyTest {
    private static final ViewField[] FIELDS = ViewField.values();

    @Test
    public void views_equalTheRecordImplementation_onRandomPrograms() {
        for (long seed : new long[] {1, 2, 3, 42, 2026}) {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<IssueRecord> records = RandomPrograms.generate(seed, 1_500 + rnd.nextInt(1_500), 4_000);
            ProgramIndex index = ProgramIndex.build(records);
            for (int round = 0; round < 40; round++) {
                ProgramMembership program = membership(rnd, records);
                VisibilityFilter viewer = viewer(rnd);
                ViewQuery query = query(rnd, records);
                String what = "seed " + seed + " round " + round + " query " + query.toQueryString();
                assertEquals(what, RecordViews.view(records, program, viewer, query),
                        ProgramViews.view(index, program, viewer, query));
                PageRequest page = new PageRequest(rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(400), 1 + rnd.nextInt(100));
                assertEquals(what, RecordViews.issues(records, program, viewer, query, page),
                        ProgramViews.issues(index, program, viewer, query, page));
                if (round % 8 == 0) {
                    assertEquals(what, RecordViews.links(records, program, viewer),
                            ProgramViews.links(index, program, viewer));
                }
            }
        }
    }

    @Test
    public void views_equalTheRecordImplementation_afterEvents() {
        SplittableRandom rnd = new SplittableRandom(9);
        List<IssueRecord> records = new ArrayList<>(RandomPrograms.generate(9, 1_000, 2_000));
        ProgramIndex index = ProgramIndex.build(records);
        for (int i = 0; i < 200; i++) { // remove issues (and their links) and re-add some with other fields
            int at = rnd.nextInt(records.size());
            IssueRecord gone = records.remove(at);
            index.remove(gone.id());
        }
        List<IssueRecord> rebuilt = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.id()));
        for (IssueRecord r : records) { // the records as the index now holds them (links to removed issues gone)
            rebuilt.add(r.withLinks(index.links(r.id())));
        }
        for (int round = 0; round < 20; round++) {
            ProgramMembership program = membership(rnd, rebuilt);
            VisibilityFilter viewer = viewer(rnd);
            ViewQuery query = query(rnd, rebuilt);
            assertEquals(RecordViews.view(rebuilt, program, viewer, query), ProgramViews.view(index, program, viewer, query));
            assertEquals(RecordViews.links(rebuilt, program, viewer), ProgramViews.links(index, program, viewer));
        }
    }

    private static ProgramMembership membership(SplittableRandom rnd, List<IssueRecord> records) {
        Set<String> projects = new HashSet<>();
        for (int p = 0; p < RandomPrograms.PROJECTS; p++) {
            if (rnd.nextInt(3) > 0) {
                projects.add(RandomPrograms.projectKey(p));
            }
        }
        long[] jql = new long[rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(200)];
        for (int i = 0; i < jql.length; i++) {
            jql[i] = records.get(rnd.nextInt(records.size())).id();
        }
        return ProgramMembership.of(projects, jql);
    }

    private static VisibilityFilter viewer(SplittableRandom rnd) {
        if (rnd.nextInt(8) == 0) {
            return VisibilityFilter.everything();
        }
        Set<String> projects = new HashSet<>();
        for (int p = 0; p < RandomPrograms.PROJECTS; p++) {
            if (rnd.nextInt(4) > 0) {
                projects.add(RandomPrograms.projectKey(p));
            }
        }
        Set<Long> levels = new HashSet<>();
        for (long l = 10_000; l < 10_003; l++) {
            if (rnd.nextBoolean()) {
                levels.add(l);
            }
        }
        return VisibilityFilter.of(projects, levels);
    }

    private static ViewQuery query(SplittableRandom rnd, List<IssueRecord> records) {
        List<ViewField> groupBy = new ArrayList<>();
        int levels = rnd.nextInt(3);
        while (groupBy.size() < levels) {
            ViewField f = FIELDS[rnd.nextInt(FIELDS.length)];
            if (!groupBy.contains(f)) {
                groupBy.add(f);
            }
        }
        Set<String> projects = new HashSet<>();
        Set<String> teams = new HashSet<>();
        Set<String> types = new HashSet<>();
        Set<StatusCategory> categories = new HashSet<>();
        String text = null;
        IssueRecord sample = records.get(rnd.nextInt(records.size()));
        switch (rnd.nextInt(8)) {
            case 0 -> projects.add(sample.projectKey());
            case 1 -> teams.add(sample.team() == null ? "Team Z" : sample.team());
            case 2 -> types.add(sample.issueType());
            case 3 -> categories.add(StatusCategory.values()[rnd.nextInt(3)]);
            case 4 -> text = List.of("user1", "DONE", "pa-", "1.3", "component-2", "team b", "story").get(rnd.nextInt(7));
            case 5 -> {
                projects.add(sample.projectKey());
                projects.add(RandomPrograms.projectKey(rnd.nextInt(RandomPrograms.PROJECTS)));
                categories.add(StatusCategory.DONE);
                categories.add(StatusCategory.NEW);
            }
            default -> {
            }
        }
        return new ViewQuery(groupBy, projects, teams, types, categories, text);
    }
}
