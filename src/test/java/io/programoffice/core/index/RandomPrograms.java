package io.programoffice.core.index;

import io.programoffice.core.program.StatusCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic generated programs (seeded {@link SplittableRandom}) shaped like real Jira data: 20 projects, a
 * handful of types and statuses in all categories (and a few "undefined"), 0–2 fix versions and components of the
 * issue's project, 500 assignees, 12 teams, epics as parents, story-point estimates, 10% of issues with one of 3
 * security levels, and links of 4 types of which 60% stay in the project, 38% cross projects and 2% reach issues
 * outside the program. Used by the property test and the benchmarks.
 */
public final class RandomPrograms {
    /** Issue ids are {@code FIRST_ID + i}; external link ends are at or above {@link #FIRST_EXTERNAL_ID}. */
    public static final long FIRST_ID = 10_000;
    public static final long FIRST_EXTERNAL_ID = 1_000_000_000L;
    public static final int PROJECTS = 20;

    static final String[] TYPES = {"Epic", "Story", "Story", "Story", "Task", "Bug", "Bug", "Sub-task"};
    static final String[] STATUSES = {"Backlog", "To Do", "In Progress", "In Review", "Done", "Closed", "Triage"};
    static final StatusCategory[] CATEGORIES = {StatusCategory.NEW, StatusCategory.NEW, StatusCategory.INDETERMINATE,
            StatusCategory.INDETERMINATE, StatusCategory.DONE, StatusCategory.DONE, null};
    static final String[] LINK_TYPES = {"Blocks", "Blocks", "Relates", "Relates", "Depends", "Duplicate"};
    static final double[] POINTS = {1, 2, 3, 5, 8, 13};
    private static final long START = LocalDate.of(2024, 1, 1).toEpochDay() * 86_400_000L;

    private RandomPrograms() {
    }

    public static String projectKey(int p) {
        return "P" + (char) ('A' + p / 26) + (char) ('A' + p % 26);
    }

    /**
     * {@code issues} issues with ids {@code FIRST_ID..} and {@code links} links (ids {@code 1..links}), each link
     * listed by both its ends (once when the other end is external).
     */
    public static List<IssueRecord> generate(long seed, int issues, int links) {
        SplittableRandom rnd = new SplittableRandom(seed);
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<LinkRecord>[] perIssue = new List[issues];
        for (int i = 0; i < issues; i++) {
            perIssue[i] = new ArrayList<>(4);
        }
        for (int l = 1; l <= links; l++) {
            int a = rnd.nextInt(issues);
            String type = LINK_TYPES[rnd.nextInt(LINK_TYPES.length)];
            int roll = rnd.nextInt(100);
            if (roll < 2) {
                perIssue[a].add(new LinkRecord(l, type, direction(rnd), FIRST_EXTERNAL_ID + rnd.nextInt(100_000)));
                continue;
            }
            int b;
            if (roll < 62) { // same project: issues are dealt to projects round robin
                int project = a % PROJECTS;
                int inProject = (issues - project + PROJECTS - 1) / PROJECTS;
                b = project + PROJECTS * rnd.nextInt(inProject);
            } else {
                b = rnd.nextInt(issues);
            }
            if (b == a) {
                b = (a + 1) % issues;
            }
            if (b == a) {
                continue; // a single issue cannot link
            }
            LinkRecord fromA = new LinkRecord(l, type, direction(rnd), FIRST_ID + b);
            perIssue[a].add(fromA);
            perIssue[b].add(fromA.seenFrom(FIRST_ID + a));
        }
        List<IssueRecord> out = new ArrayList<>(issues);
        for (int i = 0; i < issues; i++) {
            out.add(issue(rnd, i, perIssue[i]));
        }
        return out;
    }

    private static LinkRecord.Direction direction(SplittableRandom rnd) {
        return rnd.nextBoolean() ? LinkRecord.Direction.OUTWARD : LinkRecord.Direction.INWARD;
    }

    /** Issue number {@code i}: project {@code i % PROJECTS}, number {@code i / PROJECTS + 1}, id {@code FIRST_ID + i}. */
    public static IssueRecord issue(SplittableRandom rnd, int i, List<LinkRecord> links) {
        int p = i % PROJECTS;
        String project = projectKey(p);
        long id = FIRST_ID + i;
        String type = TYPES[rnd.nextInt(TYPES.length)];
        int s = rnd.nextInt(100) == 0 ? STATUSES.length - 1 : rnd.nextInt(STATUSES.length - 1);
        long created = START + rnd.nextLong(400L * 86_400_000L);
        long updated = created + rnd.nextLong(60L * 86_400_000L);
        LocalDate resolved = CATEGORIES[s] == StatusCategory.DONE ? LocalDate.ofEpochDay(updated / 86_400_000L) : null;
        Long parent = null;
        if (!type.equals("Epic") && i >= PROJECTS * 20 && rnd.nextInt(10) < 7) {
            parent = FIRST_ID + p + PROJECTS * (long) rnd.nextInt(20); // one of the project's first 20 issues
        }
        return new IssueRecord(id, project + "-" + (i / PROJECTS + 1), project, type, STATUSES[s], CATEGORIES[s],
                resolved, created, updated, pick(rnd, project + " 1.", 8), pick(rnd, project.toLowerCase() + "-component-", 6),
                rnd.nextInt(10) == 0 ? null : "user" + rnd.nextInt(500), parent,
                rnd.nextInt(10) < 3 ? null : POINTS[rnd.nextInt(POINTS.length)],
                rnd.nextInt(100) < 15 ? null : "Team " + (char) ('A' + rnd.nextInt(12)),
                rnd.nextInt(10) == 0 ? 10_000L + rnd.nextInt(3) : null, links,
                rnd.nextInt(3) == 0 ? java.time.LocalDate.of(2027, 1, 1).plusDays(rnd.nextInt(365)) : null);
    }

    private static List<String> pick(SplittableRandom rnd, String prefix, int choices) {
        int n = rnd.nextInt(3);
        if (n == 0) {
            return List.of();
        }
        int first = rnd.nextInt(choices);
        if (n == 1) {
            return List.of(prefix + first);
        }
        int second = (first + 1 + rnd.nextInt(choices - 1)) % choices;
        return List.of(prefix + first, prefix + second);
    }
}
