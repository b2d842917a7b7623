package io.programoffice.workbench.descriptor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class PluginDescriptorTest {
    private static PluginDescriptor parse(String modules) {
        String xml = "<atlassian-plugin key=\"io.example.plugin\">" + modules + "</atlassian-plugin>";
        return PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void parse_readsTheAoUpgradeTasks_inDescriptorOrder_besideTheEntities() {
        PluginDescriptor descriptor = parse("""
                <ao key="ao" namespace="io.example.ns">
                    <entity>io.example.A</entity>
                    <upgradeTask>io.example.upgrade.Task002</upgradeTask>
                    <entity>io.example.B</entity>
                    <upgradeTask> io.example.upgrade.Task001 </upgradeTask>
                </ao>""");
        assertEquals(List.of("io.example.upgrade.Task002", "io.example.upgrade.Task001"), descriptor.aoUpgradeTasks());
        assertEquals(List.of("io.example.A", "io.example.B"), descriptor.aoEntities());
        assertEquals("io.example.ns", descriptor.aoNamespace());
    }

    @Test
    public void parse_givesNoUpgradeTasks_withoutAnAoModuleOrWithoutTasks() {
        assertEquals(List.of(), parse("").aoUpgradeTasks());
        assertEquals(List.of(), parse("<ao key=\"ao\"><entity>io.example.A</entity></ao>").aoUpgradeTasks());
    }

    @Test
    public void parse_ignoresUpgradeTasksOutsideTheAoModule() {
        assertEquals(List.of(), parse("<upgradeTask>io.example.Stray</upgradeTask>").aoUpgradeTasks());
    }

    @Test
    public void constructorWithoutUpgradeTasks_givesAnEmptyList() {
        PluginDescriptor descriptor = new PluginDescriptor("k", null, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, Set.of());
        assertEquals(List.of(), descriptor.aoUpgradeTasks());
    }

    @Test
    public void aoUpgradeTasks_cannotBeChangedAfterwards() {
        PluginDescriptor descriptor = parse("<ao key=\"ao\"><upgradeTask>io.example.T</upgradeTask></ao>");
        assertThrows(UnsupportedOperationException.class, () -> descriptor.aoUpgradeTasks().add("io.example.U"));
    }

    @Test
    public void parse_readsJqlFunctions_dashboardItems_andTheJsI18nTransformer() {
        PluginDescriptor descriptor = parse("""
                <jql-function key="fn" class="io.example.Fn"><fname> programIssues </fname><list>true</list></jql-function>
                <jql-function key="single" class="io.example.One"><fname>one</fname></jql-function>
                <dashboard-item key="overview" configurable="true">
                    <definition><title key="example.title"/></definition>
                    <description key="example.desc"/>
                    <amd-module> example/overview </amd-module>
                </dashboard-item>
                <web-resource key="dash">
                    <transformation extension="js"><transformer key="jsI18n"/></transformation>
                    <context>atl.dashboard</context>
                </web-resource>
                <web-resource key="plain"><context>other</context></web-resource>""");
        assertEquals(List.of(new PluginDescriptor.JqlFunction("fn", "io.example.Fn", "programIssues", true),
                new PluginDescriptor.JqlFunction("single", "io.example.One", "one", false)), descriptor.jqlFunctions());
        assertEquals(List.of(new PluginDescriptor.DashboardItem("overview", "example.title", "example.desc",
                "example/overview", true)), descriptor.dashboardItems());
        assertEquals(List.of("dash"), descriptor.webResourcesInContext("atl.dashboard").stream()
                .map(PluginDescriptor.WebResource::key).toList());
        assertEquals(true, descriptor.webResource("dash").jsI18n());
        assertEquals(false, descriptor.webResource("plain").jsI18n());
    }
}
