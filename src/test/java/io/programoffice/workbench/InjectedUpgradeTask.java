package io.programoffice.workbench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;

/** A test-only upgrade task that takes the host's ActiveObjects by constructor injection. */
public final class InjectedUpgradeTask implements ActiveObjectsUpgradeTask {
    private final ActiveObjects injected;

    @Inject
    public InjectedUpgradeTask(@ComponentImport ActiveObjects injected) {
        this.injected = injected;
    }

    ActiveObjects injected() {
        return injected;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // nothing to change
    }
}
