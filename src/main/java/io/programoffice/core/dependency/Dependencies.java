package io.programoffice.core.dependency;

import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.admin.Transactions;
import io.programoffice.core.audit.AuditEntry;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.index.IndexRows;
import io.programoffice.core.index.IndexedField;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.DependencyLinkType;
import io.programoffice.core.scheme.LinkEnd;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.validation.FieldErrors;
import io.programoffice.core.validation.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Dependencies: Jira issue links whose type the scheme of a program containing either issue maps, with the
 * plugin's metadata and negotiation ({@link Negotiation}). Resolving a link: the first program by key that contains
 * either end (its projects or its JQL members in the node's program index) and whose scheme maps the link type
 * (names compare ignoring case) decides kind, dependent end and default lag; the dependent end is downstream, the
 * other upstream. Program owners are the owners of every program so found.
 *
 * <p>Rules besides the negotiation: a caller sees a dependency when they may browse either end (the other is then
 * hidden); creating one (proposing) needs the downstream side; changing dates, owners or note needs either side or a
 * program owner; deleting needs the downstream side or a program owner. Unknown and invisible issues get the same
 * answer, so nothing leaks. Bad input is refused with all problems at once and changes nothing; an illegal move is a
 * validation problem of {@code action}; a stale version {@link io.programoffice.core.admin.StaleVersionException}.
 * Every change is audited (kind {@code dependency}, the link id as target) in the same transaction.
 *
 * <p>Cost: resolving a link is O(programs); {@link #forIssue} O(links of the issue × programs) plus one index scan to
 * find the key; {@link #queue} O(open dependencies × programs), its links read from the program index (a host
 * lookup only for a link the index does not hold). Thread-safe when its ports are.
 */
public final class Dependencies {
    /** Most items per queue section. */
    public static final int QUEUE_ITEMS = 50;
    private static final String E = "program-office.error.dependency.";

    private final DependencyStore store;
    private final DependencyHost host;
    private final ProgramIndexAccess index;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public Dependencies(DependencyStore store, DependencyHost host, ProgramIndexAccess index, AuditLog audit,
                        Transactions transactions, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.host = Objects.requireNonNull(host, "host");
        this.index = Objects.requireNonNull(index, "index");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The issue with this key, when the caller may browse it. */
    public Optional<IssueRecord> visibleIssue(DependencyCaller caller, String key) {
        return issueByKey(index.index(), key).filter(caller::canSee);
    }

    /** The dependency as the caller sees it, or {@link NotFoundException} (also when they see neither end). */
    public DependencyView get(DependencyCaller caller, long linkId) {
        Snapshot s = snapshot();
        Resolved r = visibleResolved(caller, s, linkId);
        return view(caller, s, r, store.find(linkId).orElse(DependencyRecord.blank(linkId)));
    }

    /** The dependency's history, oldest first, or {@link NotFoundException} as for {@link #get}. */
    public List<StateChange> history(DependencyCaller caller, long linkId) {
        visibleResolved(caller, snapshot(), linkId);
        return store.history(linkId);
    }

    /** An issue's dependencies as the caller sees them. */
    public record IssueDependencies(IssueRecord issue, List<DependencyView> upstream, List<DependencyView> downstream) {
    }

    /**
     * The issue's dependencies: {@code upstream} are those it waits on, {@code downstream} those waiting on it, each
     * by link id.
     *
     * @throws NotFoundException when there is no such issue or the caller may not browse it
     */
    public IssueDependencies forIssue(DependencyCaller caller, String key) {
        ProgramIndex current = index.index();
        IssueRecord issue = issueByKey(current, key).filter(caller::canSee)
                .orElseThrow(() -> new NotFoundException(Problem.of(E + "issue.not.found", key)));
        if (current.links(issue.id()).isEmpty()) {
            return new IssueDependencies(issue, List.of(), List.of()); // no link: nothing to read from the stores
        }
        // the programs and the links' metadata in one read transaction (the host's transaction, not one per read)
        return transactions.inTransaction(() -> forIssue(caller, snapshot(current), issue));
    }

    /**
     * The programs whose issues include {@code issue} (its project is in their scope, or their JQL filter matched it),
     * by key, as the dependency rules decide which programs an issue belongs to. One reading of the programs.
     */
    public List<Program> programsContaining(IssueRecord issue) {
        Snapshot s = snapshot();
        List<Program> out = new ArrayList<>();
        for (DependencyHost.ProgramWithScheme p : s.programs) {
            if (s.contains(p.program(), issue)) {
                out.add(p.program());
            }
        }
        return out;
    }

    private IssueDependencies forIssue(DependencyCaller caller, Snapshot s, IssueRecord issue) {
        List<Resolved> resolved = new ArrayList<>();
        for (LinkRecord l : s.index.links(issue.id())) {
            DependencyLink link = l.direction() == LinkRecord.Direction.OUTWARD
                    ? new DependencyLink(l.linkId(), l.linkType(), issue.id(), l.otherIssueId())
                    : new DependencyLink(l.linkId(), l.linkType(), l.otherIssueId(), issue.id());
            resolve(s, link).ifPresent(resolved::add);
        }
        Map<Long, DependencyRecord> records = records(resolved.stream().map(r -> r.link.linkId()).toList());
        List<DependencyView> upstream = new ArrayList<>();
        List<DependencyView> downstream = new ArrayList<>();
        for (Resolved r : resolved) {
            DependencyView v = view(caller, s, r, record(records, r.link.linkId()));
            (r.downstream.id() == issue.id() ? upstream : downstream).add(v);
        }
        return new IssueDependencies(issue, upstream, downstream);
    }

    /**
     * Dependencies of {@code program} already found in the program index (the {@link DependencyMatrix}'s), as the
     * caller sees them, in the given order: each resolved by {@code program}'s scheme when it maps the link type (so
     * the ends are those the matrix counted), else as everywhere else here. Links that are no dependency any more,
     * and those whose ends the caller sees neither of, are left out. One reading of the programs; one batched
     * metadata read for all the links.
     */
    public List<DependencyView> views(DependencyCaller caller, Program program, List<DependencyLink> links) {
        Snapshot s = snapshot();
        Optional<ProgramScheme> scheme = s.programs.stream().filter(p -> p.program().key().equals(program.key()))
                .findFirst().map(DependencyHost.ProgramWithScheme::scheme);
        List<Resolved> resolved = new ArrayList<>(links.size());
        for (DependencyLink link : links) {
            resolve(s, link).map(found -> scheme.flatMap(sc -> typeOf(sc, link.linkType()))
                    .map(type -> within(found, type)).orElse(found))
                    .filter(found -> caller.canSee(found.upstream) || caller.canSee(found.downstream))
                    .ifPresent(resolved::add);
        }
        Map<Long, DependencyRecord> records = records(resolved.stream().map(r -> r.link.linkId()).toList());
        List<DependencyView> out = new ArrayList<>(resolved.size());
        for (Resolved r : resolved) {
            out.add(view(caller, s, r, record(records, r.link.linkId())));
        }
        return out;
    }

    /** {@code r} with the ends and kind of {@code type} (a program scheme's mapping of the same link type). */
    private static Resolved within(Resolved r, DependencyLinkType type) {
        boolean destinationWaits = type.dependentEnd() == LinkEnd.DESTINATION;
        boolean sourceIsUpstream = r.upstream.id() == r.link.sourceId();
        IssueRecord source = sourceIsUpstream ? r.upstream : r.downstream;
        IssueRecord destination = sourceIsUpstream ? r.downstream : r.upstream;
        return new Resolved(r.link, type, destinationWaits ? source : destination,
                destinationWaits ? destination : source, r.programs);
    }

    /**
     * The link types the caller may propose a dependency from this issue with: those mapped by the schemes of the
     * programs containing it (by program key, each type once, by the first scheme mapping it), or, when no program
     * contains it, by any program's scheme (the issue it waits on may be in one). Empty when the caller may not
     * browse the issue or may not edit it (only its side proposes).
     */
    public List<DependencyLinkType> proposalTypes(DependencyCaller caller, String key) {
        Snapshot s = snapshot();
        Optional<IssueRecord> issue = issueByKey(s.index, key).filter(caller::onSide);
        if (issue.isEmpty()) {
            return List.of();
        }
        List<DependencyHost.ProgramWithScheme> containing = s.programs.stream()
                .filter(p -> s.contains(p.program(), issue.get())).toList();
        Map<String, DependencyLinkType> types = new LinkedHashMap<>();
        for (DependencyHost.ProgramWithScheme p : containing.isEmpty() ? s.programs : containing) {
            for (DependencyLinkType t : p.scheme().dependencyLinkTypes()) {
                types.putIfAbsent(t.linkType().toLowerCase(Locale.ROOT), t);
            }
        }
        return List.copyOf(types.values());
    }

    /**
     * A reading of the dependency graph for walks that ask about many issues (the JQL functions): the programs and
     * their schemes are read once, now; links are resolved as everywhere else here (first program by key containing
     * either end whose scheme maps the type; the type's dependent end is downstream). It applies no visibility: the
     * caller filters what it answers.
     */
    public Walk walk() {
        return new Walk(snapshot());
    }

    /**
     * Dependencies around issues, from one reading of the programs (see {@link #walk()}). Each call costs
     * O(links of the issue × programs). Use for one request; not thread-safe.
     */
    public final class Walk {
        private final Snapshot s;

        private Walk(Snapshot s) {
            this.s = s;
        }

        /** The indexed issue with this key (ignoring case and surrounding blanks), visible or not, or empty. */
        public Optional<IssueRecord> issue(String key) {
            return issueByKey(s.index, key);
        }

        /** The indexed issues {@code issueId} directly depends on (waits on), by link order, without repeats. */
        public List<IssueRecord> upstream(long issueId) {
            return neighbours(issueId, true);
        }

        /** The indexed issues directly depending on (waiting on) {@code issueId}, by link order, without repeats. */
        public List<IssueRecord> downstream(long issueId) {
            return neighbours(issueId, false);
        }

        private List<IssueRecord> neighbours(long issueId, boolean upstream) {
            Map<Long, IssueRecord> out = new LinkedHashMap<>();
            for (LinkRecord l : s.index.links(issueId)) {
                DependencyLink link = l.direction() == LinkRecord.Direction.OUTWARD
                        ? new DependencyLink(l.linkId(), l.linkType(), issueId, l.otherIssueId())
                        : new DependencyLink(l.linkId(), l.linkType(), l.otherIssueId(), issueId);
                Optional<Resolved> r = resolve(s, link);
                if (r.isEmpty()) {
                    continue;
                }
                boolean waits = r.get().downstream.id() == issueId;
                if (waits == upstream) {
                    IssueRecord other = upstream ? r.get().upstream : r.get().downstream;
                    out.putIfAbsent(other.id(), other);
                }
            }
            return List.copyOf(out.values());
        }
    }

    /**
     * Proposes a new dependency: creates the Jira link of the mapped type (source and destination by the type's
     * dependent end), or adopts an existing link of that type nobody proposed yet, and stores it as proposed.
     *
     * @throws io.programoffice.core.validation.ValidationException for {@code from}, {@code to}, {@code type},
     *     {@code neededBy}, {@code lag}, {@code note}; nothing is created
     * @throws ForbiddenException when the caller is not on the downstream side
     */
    public DependencyView create(DependencyCaller caller, DependencyInput input) {
        Snapshot s = snapshot();
        FieldErrors errors = new FieldErrors();
        IssueRecord from = issueField(caller, s, errors, "from", input.from());
        IssueRecord to = issueField(caller, s, errors, "to", input.to());
        if (from != null && to != null && from.id() == to.id()) {
            errors.add("to", E + "self");
        }
        LocalDate neededBy = date(errors, input.neededBy());
        checkLag(errors, input.lag());
        String note = text(errors, "note", input.note(), DependencyRecord.MAX_NOTE);
        DependencyLinkType mapped = null;
        if (input.type() == null || input.type().isBlank()) {
            errors.add("type", E + "type.required");
        } else if (from != null && to != null) {
            mapped = mapping(s, from, to, input.type()).orElse(null);
            errors.check(mapped == null, "type", E + "type.unmapped", input.type());
        }
        errors.throwIfAny();
        DependencyLinkType type = mapped;
        if (!caller.onSide(from)) {
            throw new ForbiddenException(Problem.of(E + "not.downstream", from.key()));
        }
        long sourceId = type.dependentEnd() == LinkEnd.DESTINATION ? to.id() : from.id();
        long destinationId = type.dependentEnd() == LinkEnd.DESTINATION ? from.id() : to.id();
        Optional<DependencyLink> existing = host.link(type.linkType(), sourceId, destinationId);
        if (existing.isPresent() && store.find(existing.get().linkId()).map(DependencyRecord::state).isPresent()) {
            errors.add("to", E + "exists", from.key(), to.key());
            errors.throwIfAny();
        }
        DependencyLink link = existing.orElseGet(() -> host.createLink(type.linkType(), sourceId, destinationId));
        Instant now = clock.instant();
        try {
            DependencyRecord stored = transactions.inTransaction(() -> {
                Optional<DependencyRecord> old = store.find(link.linkId());
                DependencyRecord wanted = new DependencyRecord(link.linkId(), DependencyState.PROPOSED, neededBy,
                        input.lag(), old.map(DependencyRecord::upstreamOwner).orElse(null), caller.actor().username(),
                        note, now, 0);
                DependencyRecord saved = old.isPresent() ? store.update(wanted, old.get().version())
                        : store.create(wanted);
                store.append(new StateChange(link.linkId(), now, caller.actor().username(), DependencyAction.PROPOSE,
                        null, DependencyState.PROPOSED, note));
                record(caller, link.linkId(), "propose", old.map(Dependencies::fields).orElse(Map.of()), fields(saved));
                return saved;
            });
            return view(caller, s, new Resolved(link, type, to, from, s.owning(from, to, link)), stored);
        } catch (RuntimeException e) {
            if (existing.isEmpty() && store.find(link.linkId()).isEmpty()) {
                host.deleteLink(link.linkId());
            }
            throw e;
        }
    }

    /**
     * Changes dates, owners or note (either side or a program owner).
     *
     * @throws io.programoffice.core.validation.ValidationException for {@code neededBy}, {@code lag},
     *     {@code upstreamOwner}, {@code downstreamOwner}, {@code note}
     */
    public DependencyView update(DependencyCaller caller, long linkId, DependencyEdit edit, int expectedVersion) {
        Snapshot s = snapshot();
        Resolved r = visibleResolved(caller, s, linkId);
        Party party = party(caller, r);
        if (!party.any()) {
            throw new ForbiddenException(Problem.of(E + "no.role"));
        }
        FieldErrors errors = new FieldErrors();
        LocalDate neededBy = edit.neededBy() == null || edit.neededBy().isEmpty() ? null : date(errors, edit.neededBy());
        checkLag(errors, edit.lag());
        String up = text(errors, "upstreamOwner", edit.upstreamOwner(), DependencyRecord.MAX_OWNER);
        String down = text(errors, "downstreamOwner", edit.downstreamOwner(), DependencyRecord.MAX_OWNER);
        String note = text(errors, "note", edit.note(), DependencyRecord.MAX_NOTE);
        errors.throwIfAny();
        DependencyRecord stored = transactions.inTransaction(() -> {
            Optional<DependencyRecord> old = store.find(linkId);
            DependencyRecord current = old.orElse(DependencyRecord.blank(linkId));
            checkVersion(linkId, current.version(), expectedVersion);
            DependencyRecord changed = new DependencyRecord(linkId, current.state(),
                    edit.neededBy() == null ? current.neededBy() : neededBy,
                    edit.lagReset() ? null : edit.lag() == null ? current.lagDays() : edit.lag(),
                    edit.upstreamOwner() == null ? current.upstreamOwner() : up,
                    edit.downstreamOwner() == null ? current.downstreamOwner() : down,
                    edit.note() == null ? current.note() : note, current.stateSince(), current.version());
            DependencyRecord saved = old.isPresent() ? store.update(changed, expectedVersion) : store.create(changed);
            record(caller, linkId, "update", fields(current), fields(saved));
            return saved;
        });
        return view(caller, s, r, stored);
    }

    /**
     * Makes a move.
     *
     * @param action the move's wire name ({@link DependencyAction#wireName()})
     * @throws io.programoffice.core.validation.ValidationException for {@code action} (unknown, or not allowed for the
     *     caller from the current state) and {@code note}
     * @throws ForbiddenException when the caller has no role on the dependency
     */
    public DependencyView transition(DependencyCaller caller, long linkId, String action, String note,
                                     int expectedVersion) {
        Snapshot s = snapshot();
        Resolved r = visibleResolved(caller, s, linkId);
        Party party = party(caller, r);
        FieldErrors errors = new FieldErrors();
        Optional<DependencyAction> move = DependencyAction.parse(action == null ? "" : action);
        errors.check(move.isEmpty(), "action", E + "action.unknown", String.valueOf(action));
        String text = text(errors, "note", note, DependencyRecord.MAX_NOTE);
        errors.throwIfAny();
        if (!party.any()) {
            throw new ForbiddenException(Problem.of(E + "no.role"));
        }
        DependencyRecord stored = transactions.inTransaction(() -> {
            Optional<DependencyRecord> old = store.find(linkId);
            DependencyRecord current = old.orElse(DependencyRecord.blank(linkId));
            checkVersion(linkId, current.version(), expectedVersion);
            Negotiation.Facts facts = facts(s, r, current);
            if (!Negotiation.allowed(current.state(), move.get(), party, facts)) {
                new FieldErrors().add("action", E + "action.illegal", move.get().wireName(),
                        current.state() == null ? "none" : current.state().wireName()).throwIfAny();
            }
            Instant now = clock.instant();
            DependencyRecord moved = current.moved(move.get().target(), now);
            DependencyRecord saved = old.isPresent() ? store.update(moved, expectedVersion) : store.create(moved);
            store.append(new StateChange(linkId, now, caller.actor().username(), move.get(), current.state(),
                    move.get().target(), text));
            Map<String, String> after = fields(saved);
            if (text != null) {
                after.put("transitionNote", text);
            }
            record(caller, linkId, move.get().wireName(), fields(current), after);
            return saved;
        });
        return view(caller, s, r, stored);
    }

    /**
     * Deletes the dependency: the Jira link and the metadata (downstream side or a program owner).
     *
     * @throws ForbiddenException otherwise
     */
    public void delete(DependencyCaller caller, long linkId) {
        Snapshot s = snapshot();
        Resolved r = visibleResolved(caller, s, linkId);
        Party party = party(caller, r);
        if (!party.downstream() && !party.programOwner()) {
            throw new ForbiddenException(Problem.of(E + "delete.denied"));
        }
        transactions.inTransaction(() -> {
            Map<String, String> before = store.find(linkId).map(Dependencies::fields).orElse(Map.of());
            store.delete(linkId);
            record(caller, linkId, "delete", before, Map.of());
            return null;
        });
        host.deleteLink(linkId);
    }

    /**
     * The program's negotiation queue. Without a team, for the caller: proposals waiting for their answer (upstream
     * side), what they asked for (downstream side: proposed or declined), and escalations they may decide (as a
     * program owner) or raised (downstream side). With a team (the index's team, else the project key): proposals
     * waiting for that team, what it asked for, and escalations involving it. Only dependencies of the program with
     * an end the caller may browse count.
     */
    public NegotiationQueue queue(DependencyCaller caller, Program program, String team) {
        Snapshot s = snapshot();
        List<DependencyView> waiting = new ArrayList<>();
        List<DependencyView> asked = new ArrayList<>();
        List<DependencyView> escalated = new ArrayList<>();
        for (DependencyRecord record : store.open()) {
            Optional<DependencyLink> link = indexedLink(s.index, record.linkId());
            Optional<Resolved> r = link.flatMap(l -> resolve(s, l));
            if (r.isEmpty() || !r.get().programs.contains(program)
                    || !caller.canSee(r.get().upstream) && !caller.canSee(r.get().downstream)) {
                continue;
            }
            DependencyView v = view(caller, s, r.get(), record);
            Party party = party(caller, r.get());
            boolean upTeam = team != null && team.equals(v.upstream().team());
            boolean downTeam = team != null && team.equals(v.downstream().team());
            switch (record.state()) {
                case PROPOSED -> {
                    if (team == null ? party.upstream() : upTeam) {
                        waiting.add(v);
                    }
                    if (team == null ? party.downstream() : downTeam) {
                        asked.add(v);
                    }
                }
                case DECLINED -> {
                    if (team == null ? party.downstream() : downTeam) {
                        asked.add(v);
                    }
                }
                case ESCALATED -> {
                    boolean mine = program.owners().contains(caller.actor().username()) || party.downstream();
                    if (team == null ? mine : upTeam || downTeam) {
                        escalated.add(v);
                    }
                }
                default -> {
                }
            }
        }
        return new NegotiationQueue(section(waiting), section(asked), section(escalated));
    }

    /**
     * The link as the node's program index holds it (kept current by Jira's link events and the reconcile, as for the
     * issue panel and the analysis), else as Jira has it: one host lookup only for a link the index does not hold.
     */
    private Optional<DependencyLink> indexedLink(ProgramIndex programIndex, long linkId) {
        Optional<ProgramIndex.SourcedLink> indexed = programIndex.link(linkId);
        if (indexed.isPresent()) {
            LinkRecord l = indexed.get().link();
            return Optional.of(new DependencyLink(linkId, l.linkType(), indexed.get().sourceId(), l.otherIssueId()));
        }
        return host.link(linkId);
    }

    private static NegotiationQueue.Section section(List<DependencyView> views) {
        List<DependencyView> sorted = new ArrayList<>(views);
        sorted.sort(Comparator.comparing((DependencyView v) -> v.record().stateSince())
                .thenComparingLong(DependencyView::linkId));
        return new NegotiationQueue.Section(sorted.size(), sorted.subList(0, Math.min(QUEUE_ITEMS, sorted.size())));
    }

    // ---- resolution

    private record Resolved(DependencyLink link, DependencyLinkType type, IssueRecord upstream,
                            IssueRecord downstream, List<Program> programs) {
    }

    /** The node's index and the programs, read once for one request. */
    private final class Snapshot {
        final ProgramIndex index;
        final List<DependencyHost.ProgramWithScheme> programs;
        final Map<String, ProgramMembership> memberships = new HashMap<>();

        Snapshot(ProgramIndex index, List<DependencyHost.ProgramWithScheme> programs) {
            this.index = index;
            this.programs = programs;
        }

        boolean contains(Program program, IssueRecord issue) {
            ProgramMembership m = memberships.computeIfAbsent(program.key(), k -> Dependencies.this.index
                    .membership(program));
            return m.projectKeys().contains(issue.projectKey()) || m.containsJqlIssue(issue.id());
        }

        ProgramScheme schemeOf(Program program) {
            return programs.stream().filter(p -> p.program().key().equals(program.key())).findFirst()
                    .map(DependencyHost.ProgramWithScheme::scheme).orElseThrow();
        }

        List<Program> owning(IssueRecord a, IssueRecord b, DependencyLink link) {
            List<Program> out = new ArrayList<>();
            for (DependencyHost.ProgramWithScheme p : programs) {
                if ((contains(p.program(), a) || contains(p.program(), b)) && typeOf(p.scheme(), link.linkType()).isPresent()) {
                    out.add(p.program());
                }
            }
            return out;
        }
    }

    private Snapshot snapshot() {
        return snapshot(index.index());
    }

    private Snapshot snapshot(ProgramIndex current) {
        List<DependencyHost.ProgramWithScheme> programs = new ArrayList<>(host.programs());
        programs.sort(Comparator.comparing(p -> p.program().key()));
        return new Snapshot(current, programs);
    }

    /** The stored metadata of these links in one batched read. */
    private Map<Long, DependencyRecord> records(List<Long> linkIds) {
        return linkIds.isEmpty() ? Map.of() : store.findAll(linkIds);
    }

    private static DependencyRecord record(Map<Long, DependencyRecord> records, long linkId) {
        DependencyRecord r = records.get(linkId);
        return r == null ? DependencyRecord.blank(linkId) : r;
    }

    private static Optional<DependencyLinkType> typeOf(ProgramScheme scheme, String linkType) {
        return scheme.dependencyLinkTypes().stream().filter(t -> t.linkType().equalsIgnoreCase(linkType)).findFirst();
    }

    private Optional<Resolved> resolve(Snapshot s, DependencyLink link) {
        Optional<IssueRecord> source = s.index.get(link.sourceId());
        Optional<IssueRecord> destination = s.index.get(link.destinationId());
        if (source.isEmpty() || destination.isEmpty()) {
            return Optional.empty();
        }
        List<Program> programs = s.owning(source.get(), destination.get(), link);
        if (programs.isEmpty()) {
            return Optional.empty();
        }
        DependencyLinkType type = typeOf(s.schemeOf(programs.get(0)), link.linkType()).orElseThrow();
        boolean destinationWaits = type.dependentEnd() == LinkEnd.DESTINATION;
        return Optional.of(new Resolved(link, type, destinationWaits ? source.get() : destination.get(),
                destinationWaits ? destination.get() : source.get(), programs));
    }

    private Optional<DependencyLinkType> mapping(Snapshot s, IssueRecord from, IssueRecord to, String linkType) {
        for (DependencyHost.ProgramWithScheme p : s.programs) {
            if (s.contains(p.program(), from) || s.contains(p.program(), to)) {
                Optional<DependencyLinkType> t = typeOf(p.scheme(), linkType);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    private Resolved visibleResolved(DependencyCaller caller, Snapshot s, long linkId) {
        return host.link(linkId).flatMap(l -> resolve(s, l))
                .filter(r -> caller.canSee(r.upstream) || caller.canSee(r.downstream))
                .orElseThrow(() -> new NotFoundException(Problem.of(E + "not.found", linkId)));
    }

    private Party party(DependencyCaller caller, Resolved r) {
        boolean owner = r.programs.stream().anyMatch(p -> p.owners().contains(caller.actor().username()));
        return new Party(caller.onSide(r.downstream), caller.onSide(r.upstream), owner);
    }

    private boolean done(Snapshot s, Resolved r, IssueRecord issue) {
        ProgramScheme scheme = s.schemeOf(r.programs.get(0));
        return issue.category() != null && scheme.doneStatusCategories().contains(issue.category())
                || scheme.doneStatuses().stream().anyMatch(d -> d.equalsIgnoreCase(issue.status()));
    }

    private Negotiation.Facts facts(Snapshot s, Resolved r, DependencyRecord record) {
        LocalDate today = LocalDate.now(clock);
        return new Negotiation.Facts(Negotiation.overdueUnanswered(record.state(), record.stateSince(),
                record.neededBy(), clock.instant(), today), done(s, r, r.upstream));
    }

    private DependencyView view(DependencyCaller caller, Snapshot s, Resolved r, DependencyRecord record) {
        Party party = party(caller, r);
        boolean upstreamDone = done(s, r, r.upstream);
        LocalDate expected = upstreamDone ? null : host.expectedFinish(r.upstream).orElse(null);
        DependencyHealth health = DependencyHealth.of(record.state(), record.neededBy(), expected, upstreamDone,
                done(s, r, r.downstream), LocalDate.now(clock));
        Set<DependencyAction> actions = Negotiation.allowedActions(record.state(), party, facts(s, r, record));
        return new DependencyView(r.link.linkId(), r.link.linkType(), r.type.kind(),
                record.lagDays() == null ? r.type.lagDays() : record.lagDays(), record.lagDays() != null,
                end(caller, s, r, r.upstream), end(caller, s, r, r.downstream), record, health, actions, party.any(),
                r.programs.stream().map(Program::key).toList());
    }

    private DependencyView.End end(DependencyCaller caller, Snapshot s, Resolved r, IssueRecord issue) {
        if (!caller.canSee(issue)) {
            return DependencyView.End.HIDDEN;
        }
        return new DependencyView.End(issue, done(s, r, issue), issue.team() == null ? issue.projectKey() : issue.team());
    }

    // ---- input

    private IssueRecord issueField(DependencyCaller caller, Snapshot s, FieldErrors errors, String field, String key) {
        if (key == null || key.isBlank()) {
            errors.add(field, E + "issue.required");
            return null;
        }
        Optional<IssueRecord> issue = issueByKey(s.index, key.strip()).filter(caller::canSee);
        errors.check(issue.isEmpty(), field, E + "issue.not.found", key.strip());
        return issue.orElse(null);
    }

    private static LocalDate date(FieldErrors errors, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add("neededBy", E + "needed.by.format", text);
            return null;
        }
    }

    private static void checkLag(FieldErrors errors, Integer lag) {
        errors.check(lag != null && Math.abs(lag) > DependencyLinkType.MAX_LAG_DAYS, "lag", E + "lag.range",
                -DependencyLinkType.MAX_LAG_DAYS, DependencyLinkType.MAX_LAG_DAYS);
    }

    private static String text(FieldErrors errors, String field, String value, int max) {
        if (value == null || value.strip().isEmpty()) {
            return null;
        }
        String stripped = value.strip();
        errors.check(stripped.length() > max, field, E + "text.length", max);
        return stripped;
    }

    private static void checkVersion(long linkId, int current, int expected) {
        if (current != expected) {
            throw new io.programoffice.core.admin.StaleVersionException("Dependency " + linkId, expected, current);
        }
    }

    /**
     * The issue with this key in the index, or empty. One pass over the index's rows (about a millisecond for
     * 100,000 issues); the project is matched by its dictionary code and the number, no string is built per row.
     */
    static Optional<IssueRecord> issueByKey(ProgramIndex index, String key) {
        if (key == null) {
            return Optional.empty();
        }
        String upper = key.strip().toUpperCase(Locale.ROOT);
        int dash = upper.lastIndexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        int number;
        try {
            number = Integer.parseInt(upper.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        int project = index.codeOf(IndexedField.PROJECT, upper.substring(0, dash));
        if (project < 0) {
            return Optional.empty();
        }
        long id = index.scan(VisibilityFilter.everything(), (IndexRows rows) -> {
            for (int row = 0; row < rows.rowLimit(); row++) {
                if (rows.live(row) && rows.projectCode(row) == project && rows.number(row) == number) {
                    return rows.id(row);
                }
            }
            return 0L;
        });
        return id == 0 ? Optional.empty() : index.get(id);
    }

    // ---- audit

    private void record(DependencyCaller caller, long linkId, String action, Map<String, String> before,
                        Map<String, String> after) {
        audit.record(new AuditEntry(0, clock.instant(), caller.actor().username(), "dependency",
                String.valueOf(linkId), action, AuditEntry.diff(before, after)));
    }

    private static Map<String, String> fields(DependencyRecord r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("state", r.state() == null ? "" : r.state().wireName());
        m.put("neededBy", r.neededBy() == null ? "" : r.neededBy().toString());
        m.put("lag", r.lagDays() == null ? "" : r.lagDays().toString());
        m.put("upstreamOwner", Objects.toString(r.upstreamOwner(), ""));
        m.put("downstreamOwner", Objects.toString(r.downstreamOwner(), ""));
        m.put("note", Objects.toString(r.note(), ""));
        return m;
    }
}
