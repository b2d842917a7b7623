package io.programoffice.workbench.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Runs a plugin's ActiveObjects upgrade tasks the way the host does before it migrates the plugin's entities: the
 * stored model version (plugin setting {@code ao.<namespace>.model.version}; none means 0) is compared with each task's
 * version in ascending order, and every newer task runs in its own transaction with the version before it, after
 * which its version is stored. A failing task stops the run and leaves the version at the last task that succeeded,
 * so it runs again next time. Two tasks with the same version are refused before any runs. Costs one setting read and
 * write per task run, plus what the tasks do. Not thread-safe: run it once at start-up.
 */
public final class UpgradeTaskRunner {
    private final WorkbenchDatabase db;
    private final String namespace;
    private final ActiveObjects ao;

    /**
     * @param db where the model version is stored
     * @param namespace the plugin's AO namespace
     * @param ao the plugin's ActiveObjects, handed to each task
     */
    public UpgradeTaskRunner(WorkbenchDatabase db, String namespace, ActiveObjects ao) {
        this.db = Objects.requireNonNull(db, "db");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    /** @return the plugin setting key holding the model version of this namespace */
    public static String versionKey(String namespace) {
        return "ao." + namespace + ".model.version";
    }

    /**
     * @return the stored model version; 0 when none is stored
     * @throws WorkbenchDataException on a database failure
     */
    public ModelVersion currentVersion() {
        return ModelVersion.valueOf(db.setting(versionKey(namespace)).orElse(null));
    }

    /**
     * Runs the tasks newer than the stored model version, oldest first.
     *
     * @param tasks the plugin's upgrade tasks, in any order
     * @return the versions of the tasks that ran, in the order they ran
     * @throws IllegalStateException when two tasks share a version (nothing runs then), or when a task fails (naming
     *                               it; the tasks before it stay done)
     * @throws WorkbenchDataException on a database failure reading or storing the version
     */
    public List<ModelVersion> run(List<? extends ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> ordered = new ArrayList<>(tasks);
        for (ActiveObjectsUpgradeTask task : ordered) {
            if (task.getModelVersion() == null) {
                throw new IllegalStateException("ActiveObjects upgrade task " + task.getClass().getName()
                        + " has no model version");
            }
        }
        ordered.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (int i = 1; i < ordered.size(); i++) {
            ActiveObjectsUpgradeTask previous = ordered.get(i - 1);
            ActiveObjectsUpgradeTask task = ordered.get(i);
            if (previous.getModelVersion().isSame(task.getModelVersion())) {
                throw new IllegalStateException("ActiveObjects upgrade tasks " + previous.getClass().getName()
                        + " and " + task.getClass().getName() + " of " + namespace + " share model version "
                        + task.getModelVersion());
            }
        }
        List<ModelVersion> ran = new ArrayList<>();
        for (ActiveObjectsUpgradeTask task : ordered) {
            ModelVersion current = currentVersion();
            ModelVersion target = task.getModelVersion();
            if (!target.isNewerThan(current)) {
                continue;
            }
            try {
                ao.executeInTransaction(() -> {
                    task.upgrade(current, ao);
                    return null;
                });
            } catch (RuntimeException e) {
                throw new IllegalStateException("ActiveObjects upgrade task " + task.getClass().getName()
                        + " (model version " + current + " to " + target + ") of " + namespace + " failed: "
                        + e.getMessage(), e);
            }
            db.setting(versionKey(namespace), target.toString());
            ran.add(target);
        }
        return List.copyOf(ran);
    }
}
