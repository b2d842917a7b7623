package io.programoffice.workbench.inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the plugin's classes (package {@code io.programoffice}, minus the workbench) in the directory or jar that
 * holds a marker class, as the plugin system scans a plugin jar.
 */
public final class PluginClasses {
    private static final String PREFIX = "io/programoffice/";
    private static final String WORKBENCH = "io/programoffice/workbench/";

    private PluginClasses() {
    }

    /** Every plugin class next to {@code marker}, loaded (not initialised) with the marker's class loader. */
    public static List<Class<?>> scan(Class<?> marker) {
        CodeSource source = marker.getProtectionDomain().getCodeSource();
        List<String> names = new ArrayList<>();
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location.resolve(PREFIX))) {
                    files.filter(p -> p.toString().endsWith(".class"))
                            .map(p -> location.relativize(p).toString().replace('\\', '/'))
                            .forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        names.add(entries.nextElement().getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith(PREFIX) && !name.startsWith(WORKBENCH) && name.endsWith(".class")
                    && !name.endsWith("package-info.class") && !name.contains("$")) {
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                try {
                    classes.add(Class.forName(className, false, marker.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }
}
