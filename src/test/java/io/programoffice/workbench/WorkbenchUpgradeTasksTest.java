package io.programoffice.workbench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.inject.Injector;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** How the workbench builds the descriptor's upgrade tasks: by constructor injection, refusing what is not a task. */
public class WorkbenchUpgradeTasksTest {
    private final ActiveObjects ao = mock(ActiveObjects.class);
    private final Injector injector = new Injector(Map.of(ActiveObjects.class, ao), List.of());

    private static PluginDescriptor descriptor(String... tasks) {
        return new PluginDescriptor("k", null, List.of(), List.of(), List.of(), List.of(), List.of(), null, Set.of(),
                List.of(tasks));
    }

    @Test
    public void upgradeTasks_areBuiltWithTheirHostServicesInjected() {
        List<ActiveObjectsUpgradeTask> tasks = Workbench.upgradeTasks(descriptor(InjectedUpgradeTask.class.getName()),
                injector, getClass().getClassLoader());
        assertEquals(1, tasks.size());
        assertSame(ao, ((InjectedUpgradeTask) tasks.get(0)).injected());
    }

    @Test
    public void upgradeTasks_refuseAMissingClass_namingIt() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Workbench.upgradeTasks(
                descriptor("io.programoffice.nowhere.Task"), injector, getClass().getClassLoader()));
        assertTrue(failure.getMessage(), failure.getMessage().contains("io.programoffice.nowhere.Task"));
    }

    @Test
    public void upgradeTasks_refuseAClassThatIsNoUpgradeTask() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Workbench.upgradeTasks(
                descriptor(WorkbenchUpgradeTasksTest.class.getName()), injector, getClass().getClassLoader()));
        assertTrue(failure.getMessage(), failure.getMessage().contains("does not implement"));
    }
}
