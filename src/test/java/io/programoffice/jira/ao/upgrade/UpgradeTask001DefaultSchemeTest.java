package io.programoffice.jira.ao.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.jira.ActiveObjectsProgramStore;
import io.programoffice.jira.ActiveObjectsSchemeStore;
import io.programoffice.jira.ao.ProgramEntity;
import io.programoffice.jira.ao.SchemeEntity;
import io.programoffice.workbench.host.WbActiveObjects;
import java.util.List;
import java.util.UUID;
import net.java.ao.DBParam;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The upgrade to model version 1 on real ActiveObjects: programs stored by the first release get a scheme. */
public class UpgradeTask001DefaultSchemeTest {
    private WbActiveObjects ao;
    private final UpgradeTask001DefaultScheme task = new UpgradeTask001DefaultScheme();

    @Before
    public void setUp() {
        ao = new WbActiveObjects("jdbc:h2:mem:up-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "io.programoffice.program-office-jira");
    }

    @After
    public void tearDown() {
        ao.close();
    }

    private void run() {
        ao.executeInTransaction(() -> {
            task.upgrade(ModelVersion.valueOf(null), ao);
            return null;
        });
    }

    @Test
    public void upgrade_givesOldProgramsTheDefaultScheme_andVersion1() {
        ao.migrate(LegacyProgramEntity.class);
        ao.create(LegacyProgramEntity.class, new DBParam("PROGRAM_KEY", "DEMO"), new DBParam("NAME", "Demo"),
                new DBParam("PROJECT_KEYS", "APP,WEB"));
        ao.create(LegacyProgramEntity.class, new DBParam("PROGRAM_KEY", "PLAT"), new DBParam("NAME", "Platform"),
                new DBParam("PROJECT_KEYS", "API"));

        run();

        ActiveObjectsSchemeStore schemes = new ActiveObjectsSchemeStore(ao);
        ProgramScheme scheme = schemes.findByName(UpgradeTask001DefaultScheme.DEFAULT_SCHEME).orElseThrow();
        Program demo = new ActiveObjectsProgramStore(ao).find("DEMO").orElseThrow();
        assertEquals(scheme.id(), demo.schemeId());
        assertEquals(1, demo.version());
        assertEquals(List.of("APP", "WEB"), demo.projectKeys());
        assertEquals(2, new ActiveObjectsProgramStore(ao).countUsingScheme(scheme.id()));
        assertEquals(1, ao.count(SchemeEntity.class));
    }

    @Test
    public void upgrade_onAFreshInstall_onlyCreatesTheTables() {
        run();
        assertEquals(0, ao.count(ProgramEntity.class));
        assertEquals(0, ao.count(SchemeEntity.class));
    }

    @Test
    public void upgrade_reusesAnExistingDefaultScheme_whenRunAgainAfterAFailure() {
        ao.migrate(LegacyProgramEntity.class);
        ao.create(LegacyProgramEntity.class, new DBParam("PROGRAM_KEY", "DEMO"), new DBParam("NAME", "Demo"),
                new DBParam("PROJECT_KEYS", "APP"));
        run();
        ao.create(LegacyProgramEntity.class, new DBParam("PROGRAM_KEY", "LATE"), new DBParam("NAME", "Late"),
                new DBParam("PROJECT_KEYS", "APP"));
        run();
        assertEquals(1, ao.count(SchemeEntity.class));
        assertTrue(new ActiveObjectsProgramStore(ao).find("LATE").orElseThrow().schemeId() > 0);
    }
}
