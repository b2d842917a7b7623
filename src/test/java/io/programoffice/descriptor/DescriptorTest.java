package io.programoffice.descriptor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.programoffice.workbench.descriptor.PluginDescriptor;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Everything the descriptor names exists: classes, templates, i18n keys (of the descriptor, the templates and the
 * Java sources), web-resource files, allowlisted methods; and every method the templates call is allowlisted.
 */
public class DescriptorTest {
    private static final Pattern I18N_KEY = Pattern.compile("\"(program-office\\.[a-zA-Z0-9.\\-]+)\"");
    /** What Jira's jsI18n transformer replaces: {@code AJS.I18n.getText('key')}. */
    private static final Pattern JS_I18N_CALL =
            Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])(program-office\\.[a-zA-Z0-9.\\-]+)\\1");
    private static final Pattern KEY_ATTRIBUTE = Pattern.compile("(?:key|i18n-name-key)=\"(program-office\\.[^\"]+)\"");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("\"(templates/[^\"]+\\.vm)\"");
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private final ClassLoader loader = getClass().getClassLoader();
    private final PluginDescriptor descriptor = PluginDescriptor.fromClasspath(loader);
    private final String xml = read(ROOT.resolve("atlassian-plugin.xml"));
    private final Properties i18n = bundle();

    @Test
    public void descriptor_isFilteredWithThePluginKey() {
        assertEquals("io.programoffice.program-office-jira", descriptor.key());
    }

    @Test
    public void everyNamedClassExists_andServletsAreServlets() throws Exception {
        for (PluginDescriptor.Servlet servlet : descriptor.servlets()) {
            assertTrue(servlet.className(), HttpServlet.class.isAssignableFrom(Class.forName(servlet.className())));
        }
        for (String entity : descriptor.aoEntities()) {
            assertTrue(entity, Class.forName(entity).isInterface());
        }
        Matcher classes = Pattern.compile("class=\"(io\\.programoffice\\.[^\"]+)\"").matcher(xml);
        while (classes.find()) {
            assertNotNull(Class.forName(classes.group(1)));
        }
    }

    @Test
    public void everyI18nKeyOfDescriptorTemplatesAndCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher attributes = KEY_ATTRIBUTE.matcher(xml);
        while (attributes.find()) {
            used.add(attributes.group(1));
        }
        for (Path file : files("src/main", ".vm", ".java")) {
            Matcher m = I18N_KEY.matcher(read(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        for (Path file : files("src/main/resources", ".js")) {
            Matcher m = JS_I18N_CALL.matcher(read(file));
            while (m.find()) {
                used.add(m.group(2));
            }
        }
        Pattern prefix = Pattern.compile("String E = \"(program-office\\.[a-z.\\-]+)\"");
        Pattern suffix = Pattern.compile("E \\+ \"([a-z.\\-]+)\"");
        for (Path file : files("src/main/java", ".java")) {
            String source = read(file);
            Matcher p = prefix.matcher(source);
            if (p.find()) {
                Matcher m = suffix.matcher(source);
                while (m.find()) {
                    used.add(p.group(1) + m.group(1));
                }
            }
        }
        used.removeIf(k -> k.endsWith(".")); // prefixes completed in code, checked below
        List<String> missing = used.stream().filter(k -> !i18n.containsKey(k)).toList();
        assertTrue("missing i18n keys: " + missing, missing.isEmpty());
        for (String category : List.of("new", "indeterminate", "done")) {
            assertTrue(i18n.containsKey("program-office.status.category." + category));
        }
        assertTrue("i18n-name-key on every module", xml.split("i18n-name-key=").length >= 8);
    }

    @Test
    public void i18nBundle_isPlainAscii_becauseJavaPropertiesFilesMayBeReadAsLatin1() throws IOException {
        byte[] bytes = Files.readAllBytes(ROOT.resolve("src/main/resources/"
                + descriptor.i18nLocation().replace('.', '/') + ".properties"));
        for (int i = 0; i < bytes.length; i++) {
            assertTrue("non-ASCII byte at offset " + i + " (use \\uXXXX)", bytes[i] >= 0);
        }
    }

    @Test
    public void everyTemplateTheCodeNamesExists() throws IOException {
        List<String> names = new ArrayList<>();
        for (Path file : files("src/main/java", ".java")) {
            Matcher m = TEMPLATE_NAME.matcher(read(file));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        assertFalse(names.isEmpty());
        for (String name : names) {
            assertNotNull(name, loader.getResource(name));
        }
    }

    /**
     * The risk field types are searched and sorted by Jira's own searchers: the levels and scores by the number
     * searchers (so {@code "Risk score" >= 15} and ORDER BY work), ROAM by the exact-text one; the scores are
     * calculated, so they have no edit view; every own template they name exists, and each class is a field type.
     */
    @Test
    public void riskFieldTypes_declareJirasSearchers_andTheirTemplatesExist() throws Exception {
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ROOT.resolve("atlassian-plugin.xml").toFile());
        org.w3c.dom.NodeList types = xml.getElementsByTagName("customfield-type");
        java.util.Map<String, List<String>> searchers = new java.util.TreeMap<>();
        for (int t = 0; t < types.getLength(); t++) {
            org.w3c.dom.Element type = (org.w3c.dom.Element) types.item(t);
            String key = type.getAttribute("key");
            List<String> valid = new ArrayList<>();
            org.w3c.dom.NodeList v = type.getElementsByTagName("valid-searcher");
            for (int i = 0; i < v.getLength(); i++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) v.item(i);
                assertEquals(key, "com.atlassian.jira.plugin.system.customfieldtypes", e.getAttribute("package"));
                valid.add(e.getAttribute("key"));
            }
            searchers.put(key, valid);
            List<String> resources = new ArrayList<>();
            org.w3c.dom.NodeList r = type.getElementsByTagName("resource");
            for (int i = 0; i < r.getLength(); i++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) r.item(i);
                resources.add(e.getAttribute("name"));
                if (e.getAttribute("location").startsWith("templates/fields/")) {
                    assertNotNull(e.getAttribute("location"), loader.getResource(e.getAttribute("location")));
                }
            }
            assertEquals(key, key.endsWith("score"), !resources.contains("edit"));
            assertTrue(key, resources.containsAll(List.of("view", "xml")));
            assertTrue(key, com.atlassian.jira.issue.customfields.CustomFieldType.class.isAssignableFrom(
                    Class.forName(type.getAttribute("class"))));
        }
        assertEquals(java.util.Map.of("risk-probability", List.of("exactnumber", "numberrange"),
                "risk-impact", List.of("exactnumber", "numberrange"), "risk-roam", List.of("exacttextsearcher"),
                "risk-score", List.of("numberrange", "exactnumber"),
                "risk-residual-score", List.of("numberrange", "exactnumber")), searchers);
    }

    @Test
    public void everyWebResourceFileExists() {
        assertFalse(descriptor.webResources().isEmpty());
        for (PluginDescriptor.WebResource resource : descriptor.webResources()) {
            for (PluginDescriptor.Download download : resource.downloads()) {
                assertNotNull(download.location(), loader.getResource(download.location().substring(1)));
            }
        }
    }

    @Test
    public void everyAllowlistedMethodExists_andEveryTemplateCallIsAllowlisted() throws Exception {
        for (String entry : descriptor.velocityAllowlist()) {
            Matcher m = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)").matcher(entry);
            assertTrue(entry, m.matches());
            Class<?> type = Class.forName(m.group(1));
            String[] params = m.group(3).isEmpty() ? new String[0] : m.group(3).split(",");
            Class<?>[] types = new Class<?>[params.length];
            for (int i = 0; i < params.length; i++) {
                types[i] = Class.forName(params[i].trim());
            }
            assertNotNull(entry, type.getMethod(m.group(2), types));
        }
        // properties the templates read from view models ($x.name -> getName()) must be allowlisted
        Set<String> allowedGetters = new TreeSet<>();
        for (String entry : descriptor.velocityAllowlist()) {
            String method = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            int prefix = method.startsWith("is") ? 2 : 3;
            allowedGetters.add(Character.toLowerCase(method.charAt(prefix)) + method.substring(prefix + 1));
        }
        Pattern property = Pattern.compile("\\$\\{?(?:program|row|project|category|release)\\.(\\w+)");
        for (Path template : files("src/main/resources/templates", ".vm")) {
            Matcher m = property.matcher(read(template));
            while (m.find()) {
                assertTrue(template + " reads " + m.group(1), allowedGetters.contains(m.group(1)));
            }
        }
    }

    private Properties bundle() {
        Properties p = new Properties();
        try (InputStream in = loader.getResourceAsStream(descriptor.i18nLocation().replace('.', '/') + ".properties")) {
            assertNotNull("i18n bundle", in);
            p.load(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return p;
    }

    private static List<Path> files(String dir, String... suffixes) throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT.resolve(dir))) {
            return walk.filter(p -> Stream.of(suffixes).anyMatch(s -> p.toString().endsWith(s))).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
