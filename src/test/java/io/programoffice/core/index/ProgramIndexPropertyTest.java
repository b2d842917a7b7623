package io.programoffice.core.index;

import static org.junit.Assert.assertEquals;

import io.programoffice.core.program.StatusCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.Test;

/**
 * Random event sequences (seeded) applied to an index leave it in the state that building from the final records
 * gives. The model is the set of records, kept consistent the way Jira keeps issues: a link is listed by both its
 * ends when both are issues of the index.
 */
public class ProgramIndexPropertyTest {
    private static final int EVENTS = 4_000;
    private static final long MAX_ID = 600; // issue ids 1..600; 1001..1100 start outside and may join

    @Test
    public void events_giveTheSameStateAsARebuild_forSeveralSeeds() {
        for (long seed : new long[] {1, 2, 3, 42, 20_250_101}) {
            Run run = new Run(seed);
            run.apply(EVENTS);
            String rebuilt = Canonical.dump(run.model.values());
            assertEquals("seed " + seed, rebuilt, Canonical.dump(run.index));
            for (IssueRecord r : run.model.values()) {
                assertEquals("seed " + seed, r, run.index.get(r.id()).orElseThrow());
            }
        }
    }

    @Test
    public void events_giveTheSameStateAsARebuild_afterEveryStep_forAShortRun() {
        Run run = new Run(7);
        for (int step = 0; step < 300; step++) {
            run.apply(1);
            assertEquals("after step " + step + ": " + run.last, Canonical.dump(run.model.values()),
                    Canonical.dump(run.index));
        }
    }

    /** One seeded run: the index under test and the model of records. */
    private static final class Run {
        final SplittableRandom rnd;
        final Map<Long, IssueRecord> model = new TreeMap<>();
        final ProgramIndex index;
        long nextLinkId = 1;
        String last = "";

        Run(long seed) {
            rnd = new SplittableRandom(seed);
            for (long id = 1; id <= 300; id++) {
                upsertModel(randomIssue(id, List.of()));
            }
            for (int i = 0; i < 600; i++) {
                long a = randomLive();
                long b = rnd.nextInt(10) == 0 ? randomOutside() : randomLive();
                if (a != b) {
                    addLinkModel(a, randomLink(nextLinkId++, b));
                }
            }
            index = ProgramIndex.build(new ArrayList<>(model.values()));
        }

        void apply(int events) {
            for (int e = 0; e < events; e++) {
                int roll = rnd.nextInt(100);
                if (roll < 25 && !model.isEmpty()) {
                    IssueRecord old = model.get(randomLive());
                    List<LinkRecord> links = new ArrayList<>();
                    for (LinkRecord l : old.links()) {
                        if (rnd.nextInt(10) < 7) {
                            links.add(rnd.nextInt(10) == 0 ? new LinkRecord(l.linkId(), "Changed", l.direction(),
                                    l.otherIssueId()) : l);
                        }
                    }
                    addRandomLinks(old.id(), links);
                    IssueRecord changed = randomIssue(old.id(), links);
                    last = "upsert " + changed;
                    upsertModel(changed);
                    index.upsert(changed);
                } else if (roll < 35) {
                    long id = rnd.nextBoolean() ? 1 + rnd.nextLong(MAX_ID) : randomOutside();
                    if (model.containsKey(id)) {
                        continue;
                    }
                    List<LinkRecord> links = new ArrayList<>();
                    for (IssueRecord r : model.values()) { // links that reached it from outside, mostly kept
                        for (LinkRecord l : r.links()) {
                            if (l.otherIssueId() == id && rnd.nextInt(4) > 0) {
                                links.add(l.seenFrom(r.id()));
                            }
                        }
                    }
                    addRandomLinks(id, links);
                    IssueRecord added = randomIssue(id, links);
                    last = "add " + added;
                    upsertModel(added);
                    index.upsert(added);
                } else if (roll < 45 && !model.isEmpty()) {
                    long id = randomLive();
                    last = "remove " + id;
                    removeModel(id);
                    assertEquals(last, true, index.remove(id));
                } else if (roll < 75 && !model.isEmpty()) {
                    long a = rnd.nextInt(20) == 0 ? randomOutside() : randomLive();
                    long b = rnd.nextInt(8) == 0 ? randomOutside() : randomLive();
                    if (a == b) {
                        continue;
                    }
                    long linkId = rnd.nextInt(10) == 0 && nextLinkId > 1 ? 1 + rnd.nextLong(nextLinkId - 1) : nextLinkId++;
                    LinkRecord l = randomLink(linkId, b);
                    last = "addLink " + a + " " + l;
                    boolean expected = addLinkModel(a, l);
                    assertEquals(last, expected, index.addLink(a, l));
                } else if (roll < 99) {
                    long linkId = 1 + rnd.nextLong(nextLinkId);
                    last = "removeLink " + linkId;
                    boolean expected = removeLinkModel(linkId);
                    assertEquals(last, expected, index.removeLink(linkId));
                } else {
                    last = "compact";
                    index.compact();
                }
            }
        }

        long randomLive() {
            List<Long> ids = new ArrayList<>(model.keySet());
            return ids.get(rnd.nextInt(ids.size()));
        }

        long randomOutside() {
            return 1001 + rnd.nextInt(100);
        }

        void addRandomLinks(long id, List<LinkRecord> links) {
            for (int n = rnd.nextInt(3); n > 0 && !model.isEmpty(); n--) {
                long other = rnd.nextInt(6) == 0 ? randomOutside() : randomLive();
                if (other != id) {
                    links.add(randomLink(nextLinkId++, other));
                }
            }
        }

        LinkRecord randomLink(long linkId, long other) {
            return new LinkRecord(linkId, RandomPrograms.LINK_TYPES[rnd.nextInt(RandomPrograms.LINK_TYPES.length)],
                    rnd.nextBoolean() ? LinkRecord.Direction.OUTWARD : LinkRecord.Direction.INWARD, other);
        }

        IssueRecord randomIssue(long id, List<LinkRecord> links) {
            int s = rnd.nextInt(RandomPrograms.STATUSES.length);
            StatusCategory c = RandomPrograms.CATEGORIES[s];
            String project = RandomPrograms.projectKey(rnd.nextInt(4));
            return new IssueRecord(id, project + "-" + id, project, RandomPrograms.TYPES[rnd.nextInt(3)],
                    RandomPrograms.STATUSES[s], c, c == StatusCategory.DONE ? java.time.LocalDate.of(2025, 1, 1 + rnd.nextInt(28)) : null,
                    rnd.nextLong(1_000_000), rnd.nextLong(1_000_000),
                    rnd.nextBoolean() ? List.of() : List.of("v" + rnd.nextInt(3)),
                    rnd.nextBoolean() ? List.of() : List.of("c" + rnd.nextInt(2), "c" + (2 + rnd.nextInt(2))),
                    rnd.nextBoolean() ? null : "user" + rnd.nextInt(5),
                    rnd.nextBoolean() || id == 1 ? null : 1L, rnd.nextBoolean() ? null : (double) rnd.nextInt(8),
                    rnd.nextBoolean() ? null : "team" + rnd.nextInt(3),
                    rnd.nextInt(5) == 0 ? 10_000L + rnd.nextInt(3) : null, links);
        }

        // ----- the model: records kept consistent at both ends of every link

        /** Removes the link from every record listing it; whether one did. */
        boolean removeLinkModel(long linkId) {
            boolean found = false;
            for (IssueRecord r : List.copyOf(model.values())) {
                if (r.indexOfLink(linkId) >= 0) {
                    model.put(r.id(), r.withLinks(r.links().stream().filter(l -> l.linkId() != linkId).toList()));
                    found = true;
                }
            }
            return found;
        }

        void putLink(long id, LinkRecord l) {
            IssueRecord r = model.get(id);
            if (r != null) {
                List<LinkRecord> links = new ArrayList<>(r.links().stream().filter(x -> x.linkId() != l.linkId()).toList());
                links.add(l);
                model.put(id, r.withLinks(links));
            }
        }

        /** The link as {@code a} sees it; whether the observable state changes. */
        boolean addLinkModel(long a, LinkRecord l) {
            if (!model.containsKey(a) && !model.containsKey(l.otherIssueId())) {
                return false;
            }
            String before = String.valueOf(model.get(a)) + model.get(l.otherIssueId());
            boolean elsewhere = model.values().stream().anyMatch(r -> r.id() != a && r.id() != l.otherIssueId()
                    && r.indexOfLink(l.linkId()) >= 0);
            removeLinkModel(l.linkId());
            putLink(a, l);
            putLink(l.otherIssueId(), l.seenFrom(a));
            return elsewhere || !before.equals(String.valueOf(model.get(a)) + model.get(l.otherIssueId()));
        }

        void upsertModel(IssueRecord r) {
            IssueRecord old = model.get(r.id());
            if (old != null) {
                for (LinkRecord l : old.links()) {
                    if (r.indexOfLink(l.linkId()) < 0) {
                        removeLinkModel(l.linkId());
                    }
                }
            } else { // links that reached it from outside and its record does not list
                for (IssueRecord other : List.copyOf(model.values())) {
                    for (LinkRecord l : other.links()) {
                        if (l.otherIssueId() == r.id() && r.indexOfLink(l.linkId()) < 0) {
                            removeLinkModel(l.linkId());
                        }
                    }
                }
            }
            for (LinkRecord l : r.links()) {
                removeLinkModel(l.linkId());
            }
            model.put(r.id(), r);
            for (LinkRecord l : r.links()) {
                putLink(l.otherIssueId(), l.seenFrom(r.id()));
            }
        }

        void removeModel(long id) {
            IssueRecord r = model.remove(id);
            for (LinkRecord l : r.links()) {
                removeLinkModel(l.linkId());
            }
        }
    }
}
