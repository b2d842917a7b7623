package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.programoffice.core.dependency.DependencyHost.ProgramWithScheme;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.jira.ao.ProgramEntity;
import io.programoffice.jira.ao.SchemeEntity;
import io.programoffice.workbench.host.WbActiveObjects;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Programs with schemes re-read only when a row changed, on real ActiveObjects 3.2 (H2 in memory). Writes go through
 * stores of their own on the same database, as another cluster node's would: the cache sees them through the stamp,
 * never through an event.
 */
public class ProgramsWithSchemesTest {
    private final String url = "jdbc:h2:mem:ao-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private WbActiveObjects ao;
    private ActiveObjectsProgramStore otherNodePrograms;
    private ActiveObjectsSchemeStore otherNodeSchemes;
    private ActiveObjectsSchemeStore schemeReads;
    private ProgramsWithSchemes cache;

    @Before
    public void setUp() {
        ao = new WbActiveObjects(url, "io.programoffice.program-office-jira");
        ao.migrate(ProgramEntity.class, SchemeEntity.class);
        otherNodePrograms = new ActiveObjectsProgramStore(ao);
        otherNodeSchemes = new ActiveObjectsSchemeStore(ao);
        schemeReads = spy(new ActiveObjectsSchemeStore(ao));
        cache = new ProgramsWithSchemes(ao, new ActiveObjectsProgramStore(ao), schemeReads);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    private static Program program(String key, long schemeId, boolean archived) {
        return new Program(key, "Program " + key, "", List.of("alice"), List.of(), schemeId,
                new ProgramScope(List.of("API"), null), archived, 0);
    }

    private static List<String> keys(List<ProgramWithScheme> all) {
        return all.stream().map(p -> p.program().key() + "/" + p.scheme().name()).toList();
    }

    @Test
    public void all_leavesOutArchivedProgramsAndThoseWithoutAScheme_inKeyOrder() {
        long scheme = otherNodeSchemes.create(ProgramScheme.defaultScheme("Default")).id();
        otherNodePrograms.create(program("ZED", scheme, false));
        otherNodePrograms.create(program("ARC", scheme, true));
        otherNodePrograms.create(program("NOS", 0, false));
        otherNodePrograms.create(program("ABC", scheme, false));
        assertEquals(List.of("ABC/Default", "ZED/Default"), keys(cache.all()));
    }

    @Test
    public void all_readsTheStoresOnce_whileNoRowChanges() {
        long scheme = otherNodeSchemes.create(ProgramScheme.defaultScheme("Default")).id();
        otherNodePrograms.create(program("ABC", scheme, false));
        otherNodePrograms.create(program("DEF", scheme, false));
        List<ProgramWithScheme> first = cache.all();
        assertSame(first, cache.all());
        verify(schemeReads, times(1)).find(scheme);
    }

    @Test
    public void all_seesAProgramUpdatedElsewhere() {
        long scheme = otherNodeSchemes.create(ProgramScheme.defaultScheme("Default")).id();
        Program abc = otherNodePrograms.create(program("ABC", scheme, false));
        assertEquals(List.of("alice"), cache.all().get(0).program().owners());
        otherNodePrograms.update(new Program("ABC", abc.name(), "", List.of("bob"), List.of(), scheme, abc.scope(),
                false, abc.version()), abc.version());
        assertEquals(List.of("bob"), cache.all().get(0).program().owners());
        otherNodePrograms.update(program("ABC", scheme, true), abc.version() + 1);
        assertEquals(List.of(), cache.all());
    }

    @Test
    public void all_seesASchemeUpdatedElsewhere() {
        ProgramScheme stored = otherNodeSchemes.create(ProgramScheme.defaultScheme("Default"));
        otherNodePrograms.create(program("ABC", stored.id(), false));
        assertEquals(List.of("ABC/Default"), keys(cache.all()));
        ProgramScheme renamed = new ProgramScheme(stored.id(), stored.version(), "Renamed", "", List.of(),
                stored.doneStatusCategories(), stored.doneStatuses(), stored.estimate(), stored.team(),
                stored.milestoneSource(), stored.calendar(), stored.durations(), RiskSource.NONE);
        otherNodeSchemes.update(renamed, stored.version());
        assertEquals(List.of("ABC/Renamed"), keys(cache.all()));
        assertEquals(List.of(), cache.all().get(0).scheme().dependencyLinkTypes());
    }

    @Test
    public void all_seesProgramsCreatedAndDeletedElsewhere_evenADeleteAndRecreateAtTheSameVersion() {
        long scheme = otherNodeSchemes.create(ProgramScheme.defaultScheme("Default")).id();
        long other = otherNodeSchemes.create(ProgramScheme.defaultScheme("Other")).id();
        otherNodePrograms.create(program("ABC", scheme, false));
        assertEquals(List.of("ABC/Default"), keys(cache.all()));
        otherNodePrograms.create(program("DEF", scheme, false));
        assertEquals(List.of("ABC/Default", "DEF/Default"), keys(cache.all()));
        otherNodePrograms.delete("DEF", 1);
        otherNodePrograms.delete("ABC", 1);
        otherNodePrograms.create(program("ABC", other, false));
        assertEquals(List.of("ABC/Other"), keys(cache.all()));
    }
}
