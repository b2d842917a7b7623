package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Upgrade tasks on real ActiveObjects over a workbench database in a temp dir, across "restarts". */
public class UpgradeTaskRunnerTest {
    private static final String NAMESPACE = "io.programoffice.workbench.upgrade-test";

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    /** What the tasks did, as "version:current-version-they-were-given", in order. */
    private final List<String> log = new ArrayList<>();

    /** A task that records its run, migrates the probe entity and writes one row. */
    private class NoteTask implements ActiveObjectsUpgradeTask {
        private final int version;

        NoteTask(int version) {
            this.version = version;
        }

        @Override
        public ModelVersion getModelVersion() {
            return ModelVersion.valueOf(String.valueOf(version));
        }

        @Override
        public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
            log.add(version + ":" + currentVersion);
            ao.migrate(UpgradeProbeEntity.class);
            ao.create(UpgradeProbeEntity.class, new DBParam("NOTE", "task " + version));
        }
    }

    /** A task that writes a row and then fails. */
    private final class FailingTask extends NoteTask {
        FailingTask(int version) {
            super(version);
        }

        @Override
        public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
            super.upgrade(currentVersion, ao);
            throw new IllegalArgumentException("column missing");
        }
    }

    @Test
    public void versionKey_namesTheNamespace() {
        assertEquals("ao.io.programoffice.workbench.upgrade-test.model.version",
                UpgradeTaskRunner.versionKey(NAMESPACE));
    }

    @Test
    public void freshDatabase_runsEveryTaskOnce_inVersionOrder_eachWithThePreviousVersion() {
        Path dir = temp.getRoot().toPath();
        List<ModelVersion> ran = start(dir, tasks(new NoteTask(2), new NoteTask(1), new NoteTask(3)));
        assertEquals(List.of("1", "2", "3"), ran.stream().map(ModelVersion::toString).toList());
        assertEquals(List.of("1:0", "2:1", "3:2"), log);
        assertEquals(List.of("task 1", "task 2", "task 3"), notes(dir));
        assertEquals(Optional.of("3"), setting(dir));
    }

    @Test
    public void secondStart_runsNoTask() {
        Path dir = temp.getRoot().toPath();
        start(dir, tasks(new NoteTask(1), new NoteTask(2)));
        log.clear();
        assertEquals(List.of(), start(dir, tasks(new NoteTask(1), new NoteTask(2))));
        assertEquals(List.of(), log);
        assertEquals(List.of("task 1", "task 2"), notes(dir));
    }

    @Test
    public void laterStart_runsOnlyTheNewTasks() {
        Path dir = temp.getRoot().toPath();
        start(dir, tasks(new NoteTask(1)));
        log.clear();
        start(dir, tasks(new NoteTask(1), new NoteTask(5), new NoteTask(3)));
        assertEquals(List.of("3:1", "5:3"), log);
        assertEquals(Optional.of("5"), setting(dir));
    }

    @Test
    public void failingTask_stopsTheRun_namingTheTask_keepsEarlierVersion_andRollsBackItsWrites() {
        Path dir = temp.getRoot().toPath();
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> start(dir, tasks(new NoteTask(1), new FailingTask(2), new NoteTask(3))));
        assertTrue(failure.getMessage(), failure.getMessage().contains(FailingTask.class.getName()));
        assertTrue(failure.getMessage(), failure.getMessage().contains("column missing"));
        assertTrue(failure.getCause() instanceof IllegalArgumentException);
        assertEquals(List.of("1:0", "2:1"), log);
        assertEquals(Optional.of("1"), setting(dir));
        assertEquals(List.of("task 1"), notes(dir));
    }

    @Test
    public void failedTask_isRetried_onTheNextStart() {
        Path dir = temp.getRoot().toPath();
        assertThrows(IllegalStateException.class,
                () -> start(dir, tasks(new NoteTask(1), new FailingTask(2), new NoteTask(3))));
        log.clear();
        start(dir, tasks(new NoteTask(1), new NoteTask(2), new NoteTask(3)));
        assertEquals(List.of("2:1", "3:2"), log);
        assertEquals(List.of("task 1", "task 2", "task 3"), notes(dir));
        assertEquals(Optional.of("3"), setting(dir));
    }

    @Test
    public void duplicateVersions_areRefused_beforeAnyTaskRuns() {
        Path dir = temp.getRoot().toPath();
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> start(dir, tasks(new NoteTask(1), new NoteTask(2), new FailingTask(2))));
        assertTrue(failure.getMessage(), failure.getMessage().contains("share model version 2"));
        assertEquals(List.of(), log);
        assertEquals(Optional.empty(), setting(dir));
    }

    @Test
    public void tasksAtOrBelowTheStoredVersion_areSkipped() {
        Path dir = temp.getRoot().toPath();
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir)) {
            db.setting(UpgradeTaskRunner.versionKey(NAMESPACE), "4");
        }
        start(dir, tasks(new NoteTask(3), new NoteTask(4), new NoteTask(6)));
        assertEquals(List.of("6:4"), log);
    }

    @Test
    public void currentVersion_isZero_untilATaskRan() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath());
                WbActiveObjects ao = new WbActiveObjects(db.jdbcUrl(), NAMESPACE)) {
            UpgradeTaskRunner runner = new UpgradeTaskRunner(db, NAMESPACE, ao);
            assertTrue(runner.currentVersion().isSame(ModelVersion.valueOf("0")));
            runner.run(tasks(new NoteTask(7)));
            assertTrue(runner.currentVersion().isSame(ModelVersion.valueOf("7")));
        }
    }

    @Test
    public void noTasks_leaveTheVersionUnset() {
        Path dir = temp.getRoot().toPath();
        assertEquals(List.of(), start(dir, List.of()));
        assertEquals(Optional.empty(), setting(dir));
    }

    /** One "start": open the database and AO, run the tasks, close both (also when the run fails). */
    private static List<ModelVersion> start(Path dir, List<ActiveObjectsUpgradeTask> tasks) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir);
                WbActiveObjects ao = new WbActiveObjects(db.jdbcUrl(), NAMESPACE)) {
            return new UpgradeTaskRunner(db, NAMESPACE, ao).run(tasks);
        }
    }

    private static List<ActiveObjectsUpgradeTask> tasks(ActiveObjectsUpgradeTask... tasks) {
        return Arrays.asList(tasks);
    }

    private static Optional<String> setting(Path dir) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir)) {
            return db.setting(UpgradeTaskRunner.versionKey(NAMESPACE));
        }
    }

    private static List<String> notes(Path dir) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir);
                WbActiveObjects ao = new WbActiveObjects(db.jdbcUrl(), NAMESPACE)) {
            ao.migrate(UpgradeProbeEntity.class);
            return Arrays.stream(ao.find(UpgradeProbeEntity.class, Query.select().order("ID")))
                    .map(UpgradeProbeEntity::getNote).toList();
        }
    }
}
