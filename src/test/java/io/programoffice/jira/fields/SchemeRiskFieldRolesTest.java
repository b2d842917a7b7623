package io.programoffice.jira.fields;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.core.scheme.SchemeStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The risk fields by issue type, from the stored schemes, read again at most once per maximum age. */
public class SchemeRiskFieldRolesTest {
    private final Schemes store = new Schemes();
    private final MutableClock clock = new MutableClock();
    private final SchemeRiskFieldRoles roles = new SchemeRiskFieldRoles(store, clock, Duration.ofSeconds(30));

    private static ProgramScheme scheme(String name, RiskSource risks) {
        ProgramScheme d = ProgramScheme.defaultScheme(name);
        return new ProgramScheme(0, 0, name, "", d.dependencyLinkTypes(), d.doneStatusCategories(),
                d.doneStatuses(), d.estimate(), d.team(), d.milestoneSource(), d.calendar(), d.durations(), risks);
    }

    private static RiskSource risks(String type, String p, String i, String rp, String ri) {
        return new RiskSource(type, p, i, rp, ri, "customfield_roam", null, RiskSource.ASSIGNEE, RiskSource.DUE_DATE);
    }

    @Test
    public void forIssueType_answersTheSchemesFields_ignoringCase() {
        store.schemes.add(scheme("Alpha", risks("Risk", "cf_p", "cf_i", "cf_rp", "cf_ri")));
        store.schemes.add(scheme("Beta", risks("Hazard", "cf_hp", "cf_hi", null, null)));
        store.schemes.add(scheme("Plain", RiskSource.NONE));

        assertEquals(Optional.of(new RiskFieldIds("cf_p", "cf_i", "cf_rp", "cf_ri")), roles.forIssueType("Risk"));
        assertEquals(Optional.of(new RiskFieldIds("cf_p", "cf_i", "cf_rp", "cf_ri")), roles.forIssueType("RISK"));
        assertEquals(Optional.of(new RiskFieldIds("cf_hp", "cf_hi", null, null)), roles.forIssueType("hazard"));
        assertEquals(Optional.empty(), roles.forIssueType("Story"));
        assertEquals(Optional.empty(), roles.forIssueType(null));
    }

    @Test
    public void forIssueType_readsTheStoreOnce_withinTheMaximumAge() {
        store.schemes.add(scheme("Alpha", risks("Risk", "cf_p", "cf_i", null, null)));
        for (int i = 0; i < 1000; i++) {
            roles.forIssueType(i % 2 == 0 ? "Risk" : "Story");
        }
        clock.advance(Duration.ofSeconds(29));
        roles.forIssueType("Risk");
        assertEquals(1, store.reads);
    }

    @Test
    public void forIssueType_seesAChangedScheme_afterTheMaximumAge() {
        store.schemes.add(scheme("Alpha", risks("Risk", "cf_p", "cf_i", null, null)));
        assertEquals("cf_p", roles.forIssueType("Risk").orElseThrow().probability());

        store.schemes.set(0, scheme("Alpha", risks("Threat", "cf_p2", "cf_i2", null, null)));
        clock.advance(Duration.ofSeconds(29));
        assertEquals("cf_p", roles.forIssueType("Risk").orElseThrow().probability());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), roles.forIssueType("Risk"));
        assertEquals("cf_p2", roles.forIssueType("Threat").orElseThrow().probability());
        assertEquals(2, store.reads);
    }

    @Test
    public void forIssueType_keepsTheFirstSchemeByName_whenTwoGiveOneTypeDifferentFields() {
        store.schemes.add(scheme("Alpha", risks("Risk", "cf_a_p", "cf_a_i", null, null)));
        store.schemes.add(scheme("Beta", risks("Risk", "cf_b_p", "cf_b_i", null, null)));
        assertEquals("cf_a_p", roles.forIssueType("Risk").orElseThrow().probability());
    }

    @Test
    public void forIssueType_keepsThePreviousFields_whenTheStoreFails_andTriesAgainLater() {
        store.schemes.add(scheme("Alpha", risks("Risk", "cf_p", "cf_i", null, null)));
        assertTrue(roles.forIssueType("Risk").isPresent());

        store.failing = true;
        clock.advance(Duration.ofSeconds(30));
        assertEquals("cf_p", roles.forIssueType("Risk").orElseThrow().probability());
        roles.forIssueType("Risk");
        assertEquals("one failed attempt per maximum age", 2, store.reads);

        store.failing = false;
        clock.advance(Duration.ofSeconds(30));
        assertTrue(roles.forIssueType("Risk").isPresent());
        assertEquals(3, store.reads);
    }

    @Test
    public void forIssueType_answersNothing_whenTheStoreFailsAtFirst() {
        store.failing = true;
        assertEquals(Optional.empty(), roles.forIssueType("Risk"));
    }

    @Test
    public void riskFieldIds_needBothResidualFieldsOrNeither() {
        assertThrows(IllegalArgumentException.class, () -> new RiskFieldIds("p", "i", "rp", null));
        assertThrows(NullPointerException.class, () -> new RiskFieldIds(null, "i", null, null));
        assertTrue(new RiskFieldIds("p", "i", "rp", "ri").hasResidual());
    }

    /** Schemes kept in a list, in the order given (the tests add them by name), counting how often they are listed. */
    private static final class Schemes implements SchemeStore {
        final List<ProgramScheme> schemes = new ArrayList<>();
        int reads;
        boolean failing;

        @Override
        public Page<ProgramScheme> list(PageRequest request) {
            reads++;
            if (failing) {
                throw new IllegalStateException("database unavailable");
            }
            int from = Math.min(request.startAt(), schemes.size());
            int to = Math.min(from + request.maxResults(), schemes.size());
            return new Page<>(request.startAt(), request.maxResults(), schemes.size(),
                    List.copyOf(schemes.subList(from, to)));
        }

        @Override
        public Optional<ProgramScheme> find(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ProgramScheme> findByName(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProgramScheme create(ProgramScheme scheme) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProgramScheme update(ProgramScheme scheme, int expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(long id, int expectedVersion) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
