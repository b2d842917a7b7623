package io.programoffice.core.dependency;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.admin.StaleVersionException;
import io.programoffice.core.admin.Transactions;
import io.programoffice.core.audit.AuditEntry;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.index.IndexStatus;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.scheme.DependencyKind;
import io.programoffice.core.scheme.DependencyLinkType;
import io.programoffice.core.scheme.EstimateSource;
import io.programoffice.core.scheme.LinkEnd;
import io.programoffice.core.scheme.MilestoneSource;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.core.scheme.TeamSource;
import io.programoffice.core.scheme.WorkingCalendar;
import io.programoffice.core.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * The dependency service on a real program index. Projects: APP (alice's team), WEB (bob's team), SEC (only olivia
 * and admins see it). Program DEMO (owner olivia) covers all three with Blocks (dependent = destination, lag 0) and
 * Depends (dependent = source, lag 2).
 */
public class DependenciesTest {
    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryDependencyStore store = new InMemoryDependencyStore();
    private final FakeHost host = new FakeHost();
    private final List<AuditEntry> audit = new ArrayList<>();
    private ProgramIndex index;
    private Dependencies dependencies;
    private Program program;

    private static IssueRecord issue(long id, String key, StatusCategory category, List<LinkRecord> links) {
        String project = key.substring(0, key.indexOf('-'));
        return new IssueRecord(id, key, project, "Story", category == StatusCategory.DONE ? "Done" : "To Do", category,
                null, 1_000L, 2_000L, List.of(), List.of(), null, null, null, null, null, links);
    }

    @Before
    public void setUp() {
        index = ProgramIndex.build(List.of(
                issue(1, "APP-1", StatusCategory.NEW, List.of()),
                issue(2, "WEB-1", StatusCategory.NEW, List.of()),
                issue(3, "SEC-1", StatusCategory.NEW, List.of()),
                issue(4, "WEB-2", StatusCategory.DONE, List.of()),
                issue(5, "OUT-1", StatusCategory.NEW, List.of())));
        ProgramScheme scheme = new ProgramScheme(7, 1, "Scheme", "", List.of(
                new DependencyLinkType("Blocks", DependencyKind.FS, LinkEnd.DESTINATION, 0),
                new DependencyLinkType("Depends", DependencyKind.SS, LinkEnd.SOURCE, 2)),
                Set.of(StatusCategory.DONE), List.of(), EstimateSource.ISSUE_COUNT, TeamSource.PROJECT,
                MilestoneSource.FIX_VERSION, WorkingCalendar.WEEKDAYS,
                io.programoffice.core.scheme.DurationRule.defaultFor(EstimateSource.Kind.ISSUE_COUNT), RiskSource.NONE);
        program = new Program("DEMO", "Demo", "", List.of("olivia"), List.of(), 7,
                ProgramScope.projects(List.of("APP", "WEB", "SEC")), false, 1);
        host.programs.add(new DependencyHost.ProgramWithScheme(program, scheme));
        ProgramIndexAccess access = new ProgramIndexAccess() {
            @Override
            public ProgramIndex index() {
                return index;
            }

            @Override
            public ProgramMembership membership(Program p) {
                return ProgramMembership.ofProjects(Set.copyOf(p.scope().projects()));
            }

            @Override
            public IndexStatus status() {
                throw new UnsupportedOperationException();
            }
        };
        AuditLog log = new AuditLog() {
            @Override
            public AuditEntry record(AuditEntry entry) {
                audit.add(entry);
                return entry;
            }

            @Override
            public Page<AuditEntry> list(PageRequest request) {
                throw new UnsupportedOperationException();
            }
        };
        Transactions inline = new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return work.get();
            }
        };
        dependencies = new Dependencies(store, host, access, log, inline, clock);
    }

    /** A caller browsing {@code browse} and editing {@code edit}. */
    private static DependencyCaller caller(String name, Set<String> browse, Set<String> edit) {
        return new DependencyCaller(new Actor(name, false), VisibilityFilter.of(browse, Set.of()),
                issue -> edit.contains(issue.projectKey()));
    }

    private final DependencyCaller alice = caller("alice", Set.of("APP", "WEB"), Set.of("APP"));
    private final DependencyCaller bob = caller("bob", Set.of("APP", "WEB"), Set.of("WEB"));
    private final DependencyCaller carol = caller("carol", Set.of("APP"), Set.of("APP"));
    private final DependencyCaller olivia = caller("olivia", Set.of("APP", "WEB", "SEC"), Set.of());
    private final DependencyCaller sec = caller("sam", Set.of("SEC", "APP", "WEB"), Set.of("SEC"));

    private DependencyView propose(String from, String to) {
        return dependencies.create(alice, new DependencyInput(from, to, "Blocks", "2027-04-01", null, "please"));
    }

    private DependencyView move(DependencyCaller who, DependencyView dependency, DependencyAction action) {
        int version = store.find(dependency.linkId()).map(DependencyRecord::version).orElse(0);
        return dependencies.transition(who, dependency.linkId(), action.wireName(), "note " + action, version);
    }

    @Test
    public void create_makesTheMappedLinkWithTheDependentAsDestination_andStoresAProposal() {
        DependencyView v = propose("APP-1", "WEB-1");

        DependencyLink link = host.links.get(v.linkId());
        assertEquals(new DependencyLink(v.linkId(), "Blocks", 2, 1), link);
        assertEquals("WEB-1", v.upstream().issue().key());
        assertEquals("APP-1", v.downstream().issue().key());
        assertEquals(DependencyState.PROPOSED, v.record().state());
        assertEquals(LocalDate.parse("2027-04-01"), v.record().neededBy());
        assertEquals("alice", v.record().downstreamOwner());
        assertEquals(DependencyKind.FS, v.kind());
        assertEquals(0, v.lagDays());
        assertEquals(List.of("DEMO"), v.programs());
        assertEquals(List.of(DependencyAction.PROPOSE), store.history(v.linkId()).stream().map(StateChange::action).toList());
        assertEquals("propose", audit.get(0).action());
        assertEquals("dependency", audit.get(0).kind());
    }

    @Test
    public void walk_answersDirectUpstreamAndDownstream_byTheMappedTypesDependentEnd() {
        index.addLink(2, new LinkRecord(901, "Blocks", LinkRecord.Direction.OUTWARD, 1));
        index.addLink(3, new LinkRecord(902, "depends", LinkRecord.Direction.OUTWARD, 1));
        index.addLink(1, new LinkRecord(903, "Relates", LinkRecord.Direction.OUTWARD, 4));
        index.addLink(5, new LinkRecord(904, "Blocks", LinkRecord.Direction.OUTWARD, 6));

        Dependencies.Walk walk = dependencies.walk();

        assertEquals(List.of("WEB-1"), walk.upstream(1).stream().map(IssueRecord::key).toList());
        assertEquals(List.of("SEC-1"), walk.downstream(1).stream().map(IssueRecord::key).toList());
        assertEquals(List.of("APP-1"), walk.upstream(3).stream().map(IssueRecord::key).toList());
        assertEquals(List.of("APP-1"), walk.downstream(2).stream().map(IssueRecord::key).toList());
        assertEquals(List.of(), walk.upstream(2));
        assertEquals(List.of(), walk.downstream(4));
        assertEquals(List.of(), walk.upstream(5));
        assertEquals(Optional.of(1L), walk.issue(" app-1 ").map(IssueRecord::id));
        assertEquals(Optional.empty(), walk.issue("NOPE-1"));
    }

    @Test
    public void views_answerTheMatrixLinksAsTheCallerSeesThem_leavingOutWhatIsNoDependency() {
        DependencyView proposed = propose("APP-1", "WEB-1");
        DependencyLink unproposed = new DependencyLink(950, "Depends", 2, 1); // WEB-1 waits on APP-1
        host.links.put(950L, unproposed);
        DependencyLink relates = new DependencyLink(951, "Relates", 1, 2);

        List<DependencyView> views = dependencies.views(bob, program,
                List.of(host.links.get(proposed.linkId()), unproposed, relates));

        assertEquals(List.of(proposed.linkId(), 950L), views.stream().map(DependencyView::linkId).toList());
        assertEquals(DependencyState.PROPOSED, views.get(0).record().state());
        assertEquals(Set.of(DependencyAction.COMMIT, DependencyAction.DECLINE), views.get(0).actions());
        assertEquals("APP-1", views.get(1).upstream().issue().key());
        assertNull(views.get(1).record().state());
        assertEquals(List.of(), dependencies.views(caller("nobody", Set.of(), Set.of()), program,
                List.of(unproposed)));
    }

    @Test
    public void proposalTypes_areTheContainingProgramsMappedTypes_forTheIssuesSideOnly() {
        assertEquals(List.of("Blocks", "Depends"), dependencies.proposalTypes(alice, "APP-1").stream()
                .map(DependencyLinkType::linkType).toList());
        assertEquals(List.of(), dependencies.proposalTypes(bob, "APP-1")); // sees it, may not edit it
        assertEquals(List.of(), dependencies.proposalTypes(carol, "WEB-1")); // can't see it
        assertEquals(List.of(), dependencies.proposalTypes(alice, "NOPE-1"));
    }

    @Test
    public void create_putsTheDependentAtTheSource_forATypeWhoseDependentEndIsTheSource() {
        DependencyView v = dependencies.create(alice, new DependencyInput("APP-1", "WEB-1", "depends", null, 5, null));

        assertEquals(new DependencyLink(v.linkId(), "Depends", 1, 2), host.links.get(v.linkId()));
        assertEquals(DependencyKind.SS, v.kind());
        assertEquals(5, v.lagDays());
        assertTrue(v.lagOverridden());
    }

    @Test
    public void create_reportsEveryBadField_andChangesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> dependencies.create(alice,
                new DependencyInput("NOPE-1", "WEB-1", "Blocks", "next week", 400, null)));
        assertEquals(Set.of("from", "neededBy", "lag"), e.fieldProblems().keySet());
        assertEquals("program-office.error.dependency.needed.by.format", e.fieldProblems().get("neededBy").key());

        ValidationException unmapped = assertThrows(ValidationException.class, () -> dependencies.create(alice,
                new DependencyInput("APP-1", "WEB-1", "Relates", null, null, null)));
        assertEquals("program-office.error.dependency.type.unmapped", unmapped.fieldProblems().get("type").key());

        ValidationException self = assertThrows(ValidationException.class, () -> dependencies.create(alice,
                new DependencyInput("APP-1", "APP-1", "Blocks", null, null, null)));
        assertEquals("program-office.error.dependency.self", self.fieldProblems().get("to").key());

        ValidationException outside = assertThrows(ValidationException.class, () -> dependencies.create(alice,
                new DependencyInput("OUT-1", "APP-1", "Blocks", null, null, null)));
        assertTrue(outside.fieldProblems().containsKey("from"));

        assertTrue(host.links.isEmpty());
        assertTrue(store.rows.isEmpty());
        assertTrue(audit.isEmpty());
    }

    @Test
    public void create_treatsAnIssueTheCallerCannotSeeAsUnknown() {
        ValidationException e = assertThrows(ValidationException.class, () -> dependencies.create(alice,
                new DependencyInput("APP-1", "SEC-1", "Blocks", null, null, null)));
        assertEquals("program-office.error.dependency.issue.not.found", e.fieldProblems().get("to").key());
        assertTrue(host.links.isEmpty());
    }

    @Test
    public void create_isForbidden_whenTheCallerIsNotOnTheDownstreamSide() {
        assertThrows(ForbiddenException.class, () -> dependencies.create(bob,
                new DependencyInput("APP-1", "WEB-1", "Blocks", null, null, null)));
        assertTrue(host.links.isEmpty());
        assertTrue(store.rows.isEmpty());
    }

    @Test
    public void create_removesTheNewJiraLinkAgain_whenStoringTheProposalFails() {
        store.failAppends = true;
        assertThrows(IllegalStateException.class, () -> propose("APP-1", "WEB-1"));
        assertTrue(host.links.isEmpty());
    }

    @Test
    public void create_refusesASecondProposalOfTheSameLink() {
        propose("APP-1", "WEB-1");
        ValidationException e = assertThrows(ValidationException.class, () -> propose("APP-1", "WEB-1"));
        assertEquals("program-office.error.dependency.exists", e.fieldProblems().get("to").key());
        assertEquals(1, host.links.size());
    }

    @Test
    public void negotiation_runsProposeDeclineEscalateOwnerCommitsDone_withHistoryAndAudit() {
        DependencyView v = propose("APP-1", "WEB-1");
        assertEquals(Set.of(DependencyAction.COMMIT, DependencyAction.DECLINE), dependencies.get(bob, v.linkId()).actions());
        assertEquals(Set.of(), dependencies.get(alice, v.linkId()).actions());

        assertEquals(DependencyState.DECLINED, move(bob, v, DependencyAction.DECLINE).record().state());
        assertEquals(DependencyHealth.BLOCKED, dependencies.get(alice, v.linkId()).health());
        assertEquals(DependencyState.ESCALATED, move(alice, v, DependencyAction.ESCALATE).record().state());
        assertEquals(Set.of(DependencyAction.COMMIT, DependencyAction.DECLINE), dependencies.get(olivia, v.linkId()).actions());
        assertEquals(DependencyState.COMMITTED, move(olivia, v, DependencyAction.COMMIT).record().state());
        DependencyView done = move(bob, v, DependencyAction.DONE);
        assertEquals(DependencyState.DONE, done.record().state());
        assertEquals(Set.of(), done.actions());

        List<StateChange> history = dependencies.history(alice, v.linkId());
        assertEquals(List.of("alice", "bob", "alice", "olivia", "bob"), history.stream().map(StateChange::actor).toList());
        assertEquals(java.util.Arrays.asList(null, DependencyState.PROPOSED, DependencyState.DECLINED, DependencyState.ESCALATED,
                DependencyState.COMMITTED), history.stream().map(StateChange::from).toList());
        assertEquals("note DECLINE", history.get(1).note());
        assertEquals(List.of("propose", "decline", "escalate", "commit", "done"),
                audit.stream().map(AuditEntry::action).toList());
    }

    @Test
    public void transition_refusesAnIllegalMove_asAFieldProblemOfAction_andChangesNothing() {
        DependencyView v = propose("APP-1", "WEB-1");
        int audited = audit.size();
        ValidationException e = assertThrows(ValidationException.class, () -> move(alice, v, DependencyAction.COMMIT));
        assertEquals("program-office.error.dependency.action.illegal", e.fieldProblems().get("action").key());
        assertThrows(ValidationException.class, () -> move(bob, v, DependencyAction.ESCALATE));
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> dependencies.transition(bob, v.linkId(), "approve", null, 1));
        assertEquals("program-office.error.dependency.action.unknown", unknown.fieldProblems().get("action").key());
        assertEquals(DependencyState.PROPOSED, store.find(v.linkId()).orElseThrow().state());
        assertEquals(1, store.history(v.linkId()).size());
        assertEquals(audited, audit.size());
    }

    @Test
    public void transition_refusesAStaleVersion() {
        DependencyView v = propose("APP-1", "WEB-1");
        move(bob, v, DependencyAction.COMMIT);
        assertThrows(StaleVersionException.class,
                () -> dependencies.transition(bob, v.linkId(), "done", null, 1));
        assertEquals(DependencyState.COMMITTED, store.find(v.linkId()).orElseThrow().state());
    }

    @Test
    public void transition_isForbidden_forACallerWithNoRole() {
        DependencyView v = propose("APP-1", "WEB-1");
        DependencyCaller viewer = caller("vic", Set.of("APP", "WEB"), Set.of());
        assertThrows(ForbiddenException.class, () -> move(viewer, v, DependencyAction.COMMIT));
    }

    @Test
    public void transition_letsTheDownstreamEscalate_onlyOnceTheProposalIsOverdueUnanswered() {
        DependencyView v = propose("APP-1", "WEB-1");
        assertThrows(ValidationException.class, () -> move(alice, v, DependencyAction.ESCALATE));
        clock.now = NOW.plus(Negotiation.ANSWER_WITHIN).plusSeconds(60);
        assertTrue(dependencies.get(alice, v.linkId()).actions().contains(DependencyAction.ESCALATE));
        assertEquals(DependencyState.ESCALATED, move(alice, v, DependencyAction.ESCALATE).record().state());
    }

    @Test
    public void transition_marksDone_byEitherSide_onceTheUpstreamIssueIsDone() {
        DependencyView v = propose("APP-1", "WEB-2");
        assertTrue(dependencies.get(alice, v.linkId()).actions().contains(DependencyAction.DONE));
        assertEquals(DependencyHealth.ON_TRACK, v.health());
        assertEquals(DependencyState.DONE, move(alice, v, DependencyAction.DONE).record().state());
    }

    @Test
    public void forIssue_listsUpstreamAndDownstream_andHidesAnEndTheCallerCannotSee() {
        DependencyView appOnWeb = propose("APP-1", "WEB-1");
        DependencyView secOnApp = dependencies.create(sec, new DependencyInput("SEC-1", "APP-1", "Blocks", null, null, null));
        index.addLink(1, new LinkRecord(appOnWeb.linkId(), "Blocks", LinkRecord.Direction.INWARD, 2));
        index.addLink(1, new LinkRecord(secOnApp.linkId(), "Blocks", LinkRecord.Direction.OUTWARD, 3));

        Dependencies.IssueDependencies forCarol = dependencies.forIssue(carol, "app-1");
        assertEquals(1, forCarol.upstream().size());
        assertTrue(forCarol.upstream().get(0).upstream().hidden());
        assertNull(forCarol.upstream().get(0).upstream().team());
        assertEquals(1, forCarol.downstream().size());
        assertTrue(forCarol.downstream().get(0).downstream().hidden());

        Dependencies.IssueDependencies forOlivia = dependencies.forIssue(olivia, "APP-1");
        assertEquals("WEB-1", forOlivia.upstream().get(0).upstream().issue().key());
        assertEquals("SEC-1", forOlivia.downstream().get(0).downstream().issue().key());

        assertThrows(NotFoundException.class, () -> dependencies.forIssue(carol, "SEC-1"));
        assertThrows(NotFoundException.class, () -> dependencies.forIssue(carol, "NOPE-9"));
    }

    @Test
    public void get_isNotFound_whenTheCallerSeesNeitherEnd() {
        DependencyView v = dependencies.create(sec, new DependencyInput("SEC-1", "APP-1", "Blocks", null, null, null));
        DependencyCaller webOnly = caller("wendy", Set.of("WEB"), Set.of("WEB"));
        assertThrows(NotFoundException.class, () -> dependencies.get(webOnly, v.linkId()));
        assertFalse(dependencies.get(carol, v.linkId()).downstream().issue() != null);
    }

    @Test
    public void update_changesOnlyGivenFields_clearsEmptyOnes_andChecksVersion() {
        DependencyView v = propose("APP-1", "WEB-1");
        DependencyView changed = dependencies.update(bob, v.linkId(),
                new DependencyEdit("", 3, false, "bob", null, "will try"), 1);
        assertNull(changed.record().neededBy());
        assertEquals(3, changed.lagDays());
        assertEquals("bob", changed.record().upstreamOwner());
        assertEquals("alice", changed.record().downstreamOwner());
        assertEquals(DependencyState.PROPOSED, changed.record().state());
        assertThrows(StaleVersionException.class, () -> dependencies.update(bob, v.linkId(),
                new DependencyEdit(null, null, true, null, null, null), 1));
        ValidationException e = assertThrows(ValidationException.class, () -> dependencies.update(bob, v.linkId(),
                new DependencyEdit("31/12/2027", -366, false, null, null, null), 2));
        assertEquals(Set.of("neededBy", "lag"), e.fieldProblems().keySet());
        assertEquals(0, dependencies.update(bob, v.linkId(), new DependencyEdit(null, null, true, null, null, null), 2)
                .lagDays());
    }

    @Test
    public void delete_removesLinkAndMetadata_forTheDownstreamSideOrAnOwnerOnly() {
        DependencyView v = propose("APP-1", "WEB-1");
        assertThrows(ForbiddenException.class, () -> dependencies.delete(bob, v.linkId()));
        dependencies.delete(olivia, v.linkId());
        assertTrue(host.links.isEmpty());
        assertTrue(store.rows.isEmpty());
        assertEquals("delete", audit.get(audit.size() - 1).action());
    }

    @Test
    public void queue_countsWhatWaitsForTheCaller_whatTheyAsked_andEscalations() {
        DependencyView a = propose("APP-1", "WEB-1");
        DependencyView b = dependencies.create(alice, new DependencyInput("APP-1", "WEB-2", "Depends", null, null, null));
        DependencyView c = dependencies.create(sec, new DependencyInput("SEC-1", "WEB-1", "Blocks", null, null, null));
        move(bob, b, DependencyAction.DECLINE);
        move(alice, b, DependencyAction.ESCALATE);

        NegotiationQueue forBob = dependencies.queue(bob, program, null);
        assertEquals(2, forBob.waiting().count());
        assertEquals(List.of(a.linkId(), c.linkId()),
                forBob.waiting().items().stream().map(DependencyView::linkId).toList());
        NegotiationQueue forAlice = dependencies.queue(alice, program, null);
        assertEquals(0, forAlice.waiting().count());
        assertEquals(1, forAlice.asked().count());
        assertEquals(1, forAlice.escalated().count());
        NegotiationQueue forOlivia = dependencies.queue(olivia, program, null);
        assertEquals(1, forOlivia.escalated().count());
        NegotiationQueue web = dependencies.queue(bob, program, "WEB");
        assertEquals(2, web.waiting().count());
        assertTrue(web.waiting().items().get(1).downstream().hidden());
        assertEquals(1, web.escalated().count());
        assertEquals(0, dependencies.queue(bob, program, "SEC").waiting().count());
    }

    @Test
    public void queue_readsLinksFromTheIndex_andAsksJiraOnlyForThoseTheIndexLacks() {
        DependencyView a = propose("APP-1", "WEB-1");
        DependencyView c = dependencies.create(sec, new DependencyInput("SEC-1", "WEB-1", "Blocks", null, null, null));
        DependencyLink indexed = host.links.get(a.linkId()); // Jira's link event reached the index for this one only
        index.addLink(indexed.sourceId(), new LinkRecord(indexed.linkId(), indexed.linkType(),
                LinkRecord.Direction.OUTWARD, indexed.destinationId()));
        host.lookups = 0;
        NegotiationQueue forBob = dependencies.queue(bob, program, null);
        assertEquals(List.of(a.linkId(), c.linkId()),
                forBob.waiting().items().stream().map(DependencyView::linkId).toList());
        assertEquals(1, host.lookups);
    }

    /** Jira's links, in memory. */
    private static final class FakeHost implements DependencyHost {
        final Map<Long, DependencyLink> links = new LinkedHashMap<>();
        final List<ProgramWithScheme> programs = new ArrayList<>();
        private long next = 1000;
        int lookups;

        @Override
        public Optional<DependencyLink> link(long linkId) {
            lookups++;
            return Optional.ofNullable(links.get(linkId));
        }

        @Override
        public Optional<DependencyLink> link(String linkType, long sourceId, long destinationId) {
            return links.values().stream().filter(l -> l.linkType().equals(linkType) && l.sourceId() == sourceId
                    && l.destinationId() == destinationId).findFirst();
        }

        @Override
        public DependencyLink createLink(String linkType, long sourceId, long destinationId) {
            DependencyLink link = new DependencyLink(++next, linkType, sourceId, destinationId);
            links.put(link.linkId(), link);
            return link;
        }

        @Override
        public void deleteLink(long linkId) {
            links.remove(linkId);
        }

        @Override
        public List<ProgramWithScheme> programs() {
            return programs;
        }

        @Override
        public Optional<LocalDate> expectedFinish(IssueRecord issue) {
            return Optional.empty();
        }
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
