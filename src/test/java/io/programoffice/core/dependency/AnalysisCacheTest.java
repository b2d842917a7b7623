package io.programoffice.core.dependency;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/**
 * The analysis cache reuses a result only while every input is unchanged, per viewer visibility. The computation here
 * lists the keys the viewer sees (with each one's earliest release date), so a wrongly shared result would show.
 */
public class AnalysisCacheTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final Instant SINCE = Instant.parse("2027-02-26T10:00:00Z");
    private static final ProgramScheme SCHEME = ProgramScheme.defaultScheme("Default");
    private static final Program PROGRAM = new Program("PLAT", "Platform", "", List.of("alice"), List.of(), 1,
            new ProgramScope(List.of("APP", "WEB", "SEC"), null), false, 1);

    private final AnalysisCache<List<String>> cache = new AnalysisCache<>();
    private final ProgramIndex index = ProgramIndex.build(List.of(
            issue(1, "APP-1", null, List.of("1.0"), new LinkRecord(10, "Blocks", LinkRecord.Direction.OUTWARD, 2)),
            issue(2, "WEB-1", null, List.of(), new LinkRecord(10, "Blocks", LinkRecord.Direction.INWARD, 1)),
            issue(3, "SEC-1", 9L, List.of())));
    private final ProgramMembership membership = ProgramMembership.ofProjects(Set.of("APP", "WEB", "SEC"));
    private final Map<String, Map<String, LocalDate>> versions = new HashMap<>(Map.of(
            "APP", Map.of("1.0", LocalDate.of(2027, 4, 1))));
    private int computations;

    private static IssueRecord issue(long id, String key, Long level, List<String> fixVersions, LinkRecord... links) {
        return new IssueRecord(id, key, key.substring(0, key.indexOf('-')), "Story", "To Do", StatusCategory.NEW, null,
                1L, 2L, fixVersions, List.of(), null, null, null, null, level, List.of(links));
    }

    private AnalysisCache.Inputs inputs(Program program, ProgramScheme scheme, List<DependencyRecord> open,
                                        ProgramMembership members, LocalDate today) {
        return new AnalysisCache.Inputs(program, scheme, open, index, index.modifications(), members, today);
    }

    private AnalysisCache.Inputs inputs() {
        return inputs(PROGRAM, SCHEME, List.of(), membership, TODAY);
    }

    private Map<String, Map<String, LocalDate>> readVersions(Collection<String> projects) {
        Map<String, Map<String, LocalDate>> out = new HashMap<>();
        for (String p : projects) {
            if (versions.containsKey(p)) {
                out.put(p, Map.copyOf(versions.get(p)));
            }
        }
        return out;
    }

    /** The keys the viewer sees among the members, each with its earliest release date when it has one. */
    private List<String> get(AnalysisCache.Inputs inputs, VisibilityFilter viewer) {
        return cache.get(inputs, viewer, this::readVersions, (recorded, releaseDates) -> {
            computations++;
            List<String> keys = new ArrayList<>();
            inputs.index().forEach(recorded, c -> {
                if (inputs.membership().contains(c)) {
                    TreeSet<LocalDate> dates = new TreeSet<>();
                    for (String v : c.fixVersions()) {
                        LocalDate d = releaseDates.apply(c.projectKey()).get(v);
                        if (d != null) {
                            dates.add(d);
                        }
                    }
                    keys.add(c.key() + (dates.isEmpty() ? "" : "@" + dates.first()));
                }
            });
            keys.sort(null);
            return List.copyOf(keys);
        });
    }

    private static VisibilityFilter sees(Set<String> projects, Set<Long> levels) {
        return VisibilityFilter.of(projects, levels);
    }

    private static final VisibilityFilter ALL = sees(Set.of("APP", "WEB", "SEC"), Set.of(9L));

    @Test
    public void get_computesOnce_whileNothingChanges() {
        List<String> first = get(inputs(), ALL);
        assertSame(first, get(inputs(), ALL));
        assertSame(first, get(inputs(), sees(Set.of("APP", "WEB", "SEC"), Set.of(9L))));
        assertEquals(List.of("APP-1@2027-04-01", "SEC-1", "WEB-1"), first);
        assertEquals(1, computations);
    }

    @Test
    public void get_neverSharesAResult_withAViewerWhoSeesLess() {
        assertEquals(List.of("APP-1@2027-04-01", "SEC-1", "WEB-1"), get(inputs(), ALL));
        assertEquals(List.of("APP-1@2027-04-01", "WEB-1"), get(inputs(), sees(Set.of("APP", "WEB", "SEC"), Set.of())));
        assertEquals(List.of("APP-1@2027-04-01"), get(inputs(), sees(Set.of("APP"), Set.of(9L))));
        assertEquals(List.of(), get(inputs(), sees(Set.of(), Set.of())));
        assertEquals(4, computations);
        // each visibility is kept (up to VIEWS_PER_PROGRAM), so coming back costs nothing
        assertEquals(List.of("APP-1@2027-04-01", "SEC-1", "WEB-1"), get(inputs(), ALL));
        assertEquals(4, computations);
        assertEquals(AnalysisCache.VIEWS_PER_PROGRAM, cache.size("PLAT"));
    }

    @Test
    public void get_sharesAResult_betweenViewersWhoAnswerTheSame_evenWithOtherRightsElsewhere() {
        get(inputs(), sees(Set.of("APP", "WEB", "SEC"), Set.of(9L)));
        // this viewer also browses OPS, which the computation never asked about
        get(inputs(), sees(Set.of("APP", "WEB", "SEC", "OPS"), Set.of(9L, 12L)));
        assertEquals(1, computations);
    }

    @Test
    public void get_computesAgain_whenTheIndexChanges() {
        get(inputs(), ALL);
        index.upsert(issue(4, "WEB-2", null, List.of()));
        assertEquals(List.of("APP-1@2027-04-01", "SEC-1", "WEB-1", "WEB-2"), get(inputs(), ALL));
        index.removeLink(10);
        get(inputs(), ALL);
        assertEquals(3, computations);
    }

    @Test
    public void get_computesAgain_whenTheProgramTheSchemeTheMetadataTheMembershipOrTheDayChange() {
        get(inputs(), ALL);
        Program edited = new Program("PLAT", "Platform", "", List.of("alice"), List.of(), 1,
                new ProgramScope(List.of("APP", "WEB", "SEC"), null), false, 2);
        get(inputs(edited, SCHEME, List.of(), membership, TODAY), ALL);
        ProgramScheme scheme2 = new ProgramScheme(SCHEME.id(), SCHEME.version() + 1, SCHEME.name(),
                SCHEME.description(), SCHEME.dependencyLinkTypes(), SCHEME.doneStatusCategories(),
                SCHEME.doneStatuses(), SCHEME.estimate(), SCHEME.team(), SCHEME.milestoneSource(), SCHEME.calendar(),
                SCHEME.durations(), RiskSource.NONE);
        get(inputs(edited, scheme2, List.of(), membership, TODAY), ALL);
        DependencyRecord proposed = new DependencyRecord(10, DependencyState.PROPOSED, TODAY.plusDays(3), null,
                null, null, null, SINCE, 1);
        get(inputs(edited, scheme2, List.of(proposed), membership, TODAY), ALL);
        DependencyRecord moved = new DependencyRecord(10, DependencyState.PROPOSED, TODAY.plusDays(4), null,
                null, null, null, SINCE, 2);
        get(inputs(edited, scheme2, List.of(moved), membership, TODAY), ALL);
        // an equal record read again (another read of the store) is the same input
        get(inputs(edited, scheme2, List.of(new DependencyRecord(10, DependencyState.PROPOSED, TODAY.plusDays(4),
                null, null, null, null, SINCE, 2)), membership, TODAY), ALL);
        assertEquals(5, computations);
        ProgramMembership reevaluated = ProgramMembership.ofProjects(Set.of("APP", "WEB", "SEC"));
        get(inputs(edited, scheme2, List.of(moved), reevaluated, TODAY), ALL);
        get(inputs(edited, scheme2, List.of(moved), reevaluated, TODAY.plusDays(1)), ALL);
        assertEquals(7, computations);
    }

    @Test
    public void get_computesAgain_whenAReleaseDateItReadChanges() {
        get(inputs(), ALL);
        versions.put("WEB", Map.of("2.0", LocalDate.of(2027, 9, 1))); // never read: no issue of WEB has a version
        get(inputs(), ALL);
        assertEquals(1, computations);
        versions.put("APP", Map.of("1.0", LocalDate.of(2027, 5, 1)));
        assertEquals(List.of("APP-1@2027-05-01", "SEC-1", "WEB-1"), get(inputs(), ALL));
        versions.remove("APP");
        assertEquals(List.of("APP-1", "SEC-1", "WEB-1"), get(inputs(), ALL));
        assertEquals(3, computations);
    }

    @Test
    public void get_computesAgain_whenTheViewerLosesAProjectOrALevel() {
        get(inputs(), ALL);
        assertEquals(List.of("APP-1@2027-04-01", "WEB-1"), get(inputs(), sees(Set.of("APP", "WEB", "SEC"), Set.of())));
        assertEquals(List.of("APP-1@2027-04-01", "SEC-1"), get(inputs(), sees(Set.of("APP", "SEC"), Set.of(9L))));
        assertEquals(3, computations);
    }

    @Test
    public void get_forgetsEverything_whenTheIndexIsRebuilt() {
        get(inputs(), ALL);
        AnalysisCache.Inputs other = new AnalysisCache.Inputs(new Program("OPS", "Ops", List.of("OPS")), SCHEME,
                List.of(), index, index.modifications(), membership, TODAY);
        get(other, ALL);
        ProgramIndex rebuilt = ProgramIndex.build(List.of(issue(1, "APP-1", null, List.of())));
        get(new AnalysisCache.Inputs(PROGRAM, SCHEME, List.of(), rebuilt, rebuilt.modifications(), membership, TODAY),
                ALL);
        assertEquals(0, cache.size("OPS"));
        assertEquals(1, cache.size("PLAT"));
        assertEquals(3, computations);
    }

    @Test
    public void get_keepsOnlyResultsForTheLatestInputs() {
        get(inputs(), ALL);
        get(inputs(), sees(Set.of("APP"), Set.of()));
        assertEquals(2, cache.size("PLAT"));
        get(inputs(PROGRAM, SCHEME, List.of(), membership, TODAY.plusDays(1)), ALL);
        assertEquals(1, cache.size("PLAT"));
        assertTrue(computations == 3);
    }
}
