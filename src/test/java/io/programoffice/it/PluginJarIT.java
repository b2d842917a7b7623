package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.Test;

/** The plugin jar holds the plugin only: no Jira API replica, no workbench. */
public class PluginJarIT {
    private final File jar = new File(System.getProperty("plugin.jar", "target/program-office-jira.jar"));

    private List<String> entries() throws Exception {
        try (JarFile file = new JarFile(jar)) {
            return Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    public void pluginJar_holdsNoAtlassianClasses() throws Exception {
        assertEquals(List.of(), entries().stream().filter(e -> e.startsWith("com/atlassian/")).toList());
    }

    @Test
    public void pluginJar_holdsNoWorkbench() throws Exception {
        assertEquals(List.of(), entries().stream()
                .filter(e -> e.startsWith("io/programoffice/workbench/") || e.startsWith("workbench")).toList());
    }

    @Test
    public void pluginJar_bundlesCommonsCsvAndItsDependencies_asJarsInMetaInfLib() throws Exception {
        List<String> lib = entries().stream().filter(e -> e.startsWith("META-INF/lib/") && e.endsWith(".jar"))
                .map(e -> e.substring("META-INF/lib/".length()).replaceAll("-[0-9.]+\\.jar$", "")).sorted().toList();
        assertEquals(List.of("commons-codec", "commons-csv", "commons-io"), lib);
        assertEquals(List.of(), entries().stream().filter(e -> e.startsWith("org/apache/")).toList());
    }

    @Test
    public void pluginJar_holdsDescriptorAtRoot_filtered_andThePlugin() throws Exception {
        List<String> entries = entries();
        assertTrue(entries.contains("atlassian-plugin.xml"));
        assertTrue(entries.contains("io/programoffice/rest/ProgramResource.class"));
        assertTrue(entries.contains("templates/programs/program-page.vm"));
        try (JarFile file = new JarFile(jar)) {
            String descriptor = new String(file.getInputStream(file.getEntry("atlassian-plugin.xml")).readAllBytes());
            assertNotNull(descriptor);
            assertTrue(descriptor.contains("key=\"io.programoffice.program-office-jira\""));
            assertTrue(!descriptor.contains("${"));
        }
    }
}
