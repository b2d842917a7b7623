package io.programoffice.workbench.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The modules of a plugin descriptor that the workbench serves: REST, servlets, web resources, web items,
 * ActiveObjects entities and upgrade tasks, the i18n bundle, the Velocity allowlist, JQL functions and dashboard
 * items. Immutable once read;
 * thread-safe. Parsing costs one DOM parse of the descriptor.
 *
 * @param aoUpgradeTasks class names of the {@code <upgradeTask>}s inside {@code <ao>}, in descriptor order
 * @param webSections    the {@code <web-section>} modules, by weight
 * @param jqlFunctions   the {@code <jql-function>} modules, in descriptor order
 * @param dashboardItems the {@code <dashboard-item>} modules, in descriptor order
 * @param webPanels      the {@code <web-panel>} modules, by weight
 * @param customFieldTypes the {@code <customfield-type>} modules' class names by module key, in descriptor order
 */
public record PluginDescriptor(String key, String i18nLocation, List<Rest> rests, List<Servlet> servlets,
                               List<WebResource> webResources, List<WebItem> webItems, List<String> aoEntities,
                               String aoNamespace, Set<String> velocityAllowlist, List<String> aoUpgradeTasks,
                               List<WebSection> webSections, List<JqlFunction> jqlFunctions,
                               List<DashboardItem> dashboardItems, List<WebPanel> webPanels,
                               Map<String, String> customFieldTypes) {

    public PluginDescriptor {
        customFieldTypes = customFieldTypes == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customFieldTypes));
        webPanels = webPanels == null ? List.of() : List.copyOf(webPanels);
        aoUpgradeTasks = aoUpgradeTasks == null ? List.of() : List.copyOf(aoUpgradeTasks);
        webSections = webSections == null ? List.of() : List.copyOf(webSections);
        jqlFunctions = jqlFunctions == null ? List.of() : List.copyOf(jqlFunctions);
        dashboardItems = dashboardItems == null ? List.of() : List.copyOf(dashboardItems);
    }

    /** A descriptor without web panels. */
    public PluginDescriptor(String key, String i18nLocation, List<Rest> rests, List<Servlet> servlets,
                            List<WebResource> webResources, List<WebItem> webItems, List<String> aoEntities,
                            String aoNamespace, Set<String> velocityAllowlist, List<String> aoUpgradeTasks,
                            List<WebSection> webSections, List<JqlFunction> jqlFunctions,
                            List<DashboardItem> dashboardItems) {
        this(key, i18nLocation, rests, servlets, webResources, webItems, aoEntities, aoNamespace, velocityAllowlist,
                aoUpgradeTasks, webSections, jqlFunctions, dashboardItems, List.of(), Map.of());
    }

    /** The complete key of a custom field type module ({@code pluginKey:moduleKey}), as Jira names field types. */
    public String customFieldTypeKey(String moduleKey) {
        return key + ":" + moduleKey;
    }

    /**
     * A {@code <web-panel>} module rendered by a {@code <context-provider>} and a velocity {@code view} resource.
     *
     * @param labelKey        i18n key of {@code <label key>}, or null
     * @param contextProvider the context provider's class name, or null
     * @param viewTemplate    the {@code <resource type="velocity" name="view">} location
     * @param conditions      the condition class names
     */
    public record WebPanel(String key, String location, int weight, String labelKey, String contextProvider,
                           String viewTemplate, List<String> conditions) {
    }

    /** Web panels at one location, by weight. */
    public List<WebPanel> webPanels(String location) {
        return webPanels.stream().filter(p -> p.location().equals(location)).toList();
    }

    /** A descriptor without JQL functions and dashboard items. */
    public PluginDescriptor(String key, String i18nLocation, List<Rest> rests, List<Servlet> servlets,
                            List<WebResource> webResources, List<WebItem> webItems, List<String> aoEntities,
                            String aoNamespace, Set<String> velocityAllowlist, List<String> aoUpgradeTasks,
                            List<WebSection> webSections) {
        this(key, i18nLocation, rests, servlets, webResources, webItems, aoEntities, aoNamespace, velocityAllowlist,
                aoUpgradeTasks, webSections, List.of(), List.of());
    }

    /** A {@code <jql-function>} module: {@code className} answers the function {@code name} ({@code <fname>}). */
    public record JqlFunction(String key, String className, String name, boolean list) {
    }

    /**
     * A {@code <dashboard-item>} module whose script is an AMD module.
     *
     * @param titleKey       i18n key of {@code <definition><title key>}
     * @param descriptionKey i18n key of {@code <description key>}, or null
     * @param amdModule      the {@code <amd-module>} name the dashboard requires and constructs
     * @param configurable   whether it has an edit view ({@code configurable="true"})
     */
    public record DashboardItem(String key, String titleKey, String descriptionKey, String amdModule,
                                boolean configurable) {
    }

    /** A descriptor without web sections. */
    public PluginDescriptor(String key, String i18nLocation, List<Rest> rests, List<Servlet> servlets,
                            List<WebResource> webResources, List<WebItem> webItems, List<String> aoEntities,
                            String aoNamespace, Set<String> velocityAllowlist, List<String> aoUpgradeTasks) {
        this(key, i18nLocation, rests, servlets, webResources, webItems, aoEntities, aoNamespace, velocityAllowlist,
                aoUpgradeTasks, List.of());
    }

    /** A {@code <web-section>} module: items name it as {@code <location>/<key>}. */
    public record WebSection(String key, String location, int weight, String labelKey, List<String> conditions) {
    }

    /** A descriptor without ActiveObjects upgrade tasks. */
    public PluginDescriptor(String key, String i18nLocation, List<Rest> rests, List<Servlet> servlets,
                            List<WebResource> webResources, List<WebItem> webItems, List<String> aoEntities,
                            String aoNamespace, Set<String> velocityAllowlist) {
        this(key, i18nLocation, rests, servlets, webResources, webItems, aoEntities, aoNamespace, velocityAllowlist,
                List.of(), List.of(), List.of(), List.of());
    }

    /** A {@code <rest>} module: served at {@code /rest<path>/<version>}. */
    public record Rest(String key, String path, String version) {
        public String mountPoint() {
            return "/rest" + path + "/" + version;
        }
    }

    /** A {@code <servlet>} module: served at {@code /plugins/servlet<url-pattern>}. */
    public record Servlet(String key, String className, List<String> urlPatterns) {
    }

    /** One {@code <resource type="download">} of a web-resource. */
    public record Download(String name, String location) {
    }

    /**
     * A {@code <web-resource>} module.
     *
     * @param jsI18n whether its scripts go through Jira's {@code jsI18n} transformer
     *               ({@code <transformation extension="js"><transformer key="jsI18n"/></transformation>})
     */
    public record WebResource(String key, List<String> dependencies, List<Download> downloads, List<String> contexts,
                              boolean jsI18n) {
        /** A web-resource without transformers. */
        public WebResource(String key, List<String> dependencies, List<Download> downloads, List<String> contexts) {
            this(key, dependencies, downloads, contexts, false);
        }
    }

    /** The web-resources in a context such as {@code atl.dashboard}, in descriptor order. */
    public List<WebResource> webResourcesInContext(String context) {
        return webResources.stream().filter(w -> w.contexts().contains(context)).toList();
    }

    /** A {@code <web-item>} module. */
    public record WebItem(String key, String section, int weight, String labelKey, String tooltipKey, String linkId,
                          String link, List<String> conditions) {
    }

    /** Reads the descriptor from the classpath resource {@code atlassian-plugin.xml}. */
    public static PluginDescriptor fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml", e);
        }
    }

    /** Parses a descriptor (external entities disabled). */
    public static PluginDescriptor parse(InputStream in) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document doc = builder.parse(in);
            root = doc.getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("atlassian-plugin.xml is not valid XML: " + e.getMessage(), e);
        }
        String i18n = null;
        List<Rest> rests = new ArrayList<>();
        List<Servlet> servlets = new ArrayList<>();
        List<WebResource> webResources = new ArrayList<>();
        List<WebItem> webItems = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        List<String> upgradeTasks = new ArrayList<>();
        List<WebSection> sections = new ArrayList<>();
        List<JqlFunction> functions = new ArrayList<>();
        List<DashboardItem> dashboardItems = new ArrayList<>();
        List<WebPanel> panels = new ArrayList<>();
        java.util.Map<String, String> fieldTypes = new java.util.LinkedHashMap<>();
        String aoNamespace = null;
        Set<String> allowlist = new LinkedHashSet<>();
        for (Element module : children(root, null)) {
            switch (module.getTagName()) {
                case "resource" -> {
                    if ("i18n".equals(module.getAttribute("type"))) {
                        i18n = module.getAttribute("location");
                    }
                }
                case "rest" -> rests.add(new Rest(module.getAttribute("key"), module.getAttribute("path"),
                        module.getAttribute("version")));
                case "servlet" -> servlets.add(new Servlet(module.getAttribute("key"), module.getAttribute("class"),
                        texts(module, "url-pattern")));
                case "web-resource" -> {
                    List<Download> downloads = new ArrayList<>();
                    for (Element r : children(module, "resource")) {
                        if ("download".equals(r.getAttribute("type"))) {
                            downloads.add(new Download(r.getAttribute("name"), r.getAttribute("location")));
                        }
                    }
                    boolean jsI18n = children(module, "transformation").stream()
                            .filter(t -> "js".equals(t.getAttribute("extension")))
                            .flatMap(t -> children(t, "transformer").stream())
                            .anyMatch(t -> "jsI18n".equals(t.getAttribute("key")));
                    webResources.add(new WebResource(module.getAttribute("key"), texts(module, "dependency"),
                            downloads, texts(module, "context"), jsI18n));
                }
                case "web-section" -> {
                    String weight = module.getAttribute("weight");
                    sections.add(new WebSection(module.getAttribute("key"), module.getAttribute("location"),
                            weight.isEmpty() ? 1000 : Integer.parseInt(weight), attr(first(module, "label"), "key"),
                            conditions(module)));
                }
                case "web-item" -> {
                    Element link = first(module, "link");
                    List<String> conditions = conditions(module);
                    String weight = module.getAttribute("weight");
                    webItems.add(new WebItem(module.getAttribute("key"), module.getAttribute("section"),
                            weight.isEmpty() ? 1000 : Integer.parseInt(weight),
                            attr(first(module, "label"), "key"), attr(first(module, "tooltip"), "key"),
                            attr(link, "linkId"), link == null ? null : link.getTextContent().trim(), conditions));
                }
                case "ao" -> {
                    entities.addAll(texts(module, "entity"));
                    upgradeTasks.addAll(texts(module, "upgradeTask"));
                    if (!module.getAttribute("namespace").isEmpty()) {
                        aoNamespace = module.getAttribute("namespace");
                    }
                }
                case "velocity-allowlist" -> allowlist.addAll(texts(module, "method"));
                case "jql-function" -> functions.add(new JqlFunction(module.getAttribute("key"),
                        module.getAttribute("class"), text(module, "fname"), "true".equals(text(module, "list"))));
                case "dashboard-item" -> {
                    Element definition = first(module, "definition");
                    dashboardItems.add(new DashboardItem(module.getAttribute("key"),
                            definition == null ? null : attr(first(definition, "title"), "key"),
                            attr(first(module, "description"), "key"), text(module, "amd-module"),
                            "true".equals(module.getAttribute("configurable"))));
                }
                case "customfield-type" -> fieldTypes.put(module.getAttribute("key"), module.getAttribute("class"));
                case "web-panel" -> {
                    String weight = module.getAttribute("weight");
                    String view = children(module, "resource").stream()
                            .filter(r -> "velocity".equals(r.getAttribute("type")) && "view".equals(r.getAttribute("name")))
                            .map(r -> r.getAttribute("location")).findFirst().orElse(null);
                    panels.add(new WebPanel(module.getAttribute("key"), module.getAttribute("location"),
                            weight.isEmpty() ? 1000 : Integer.parseInt(weight), attr(first(module, "label"), "key"),
                            attr(first(module, "context-provider"), "class"), view, conditions(module)));
                }
                default -> {
                    // modules the workbench does not serve (plugin-info, rest-migration, ...)
                }
            }
        }
        webItems.sort(Comparator.comparingInt(WebItem::weight));
        sections.sort(Comparator.comparingInt(WebSection::weight));
        panels.sort(Comparator.comparingInt(WebPanel::weight));
        return new PluginDescriptor(root.getAttribute("key"), i18n, List.copyOf(rests), List.copyOf(servlets),
                List.copyOf(webResources), List.copyOf(webItems), List.copyOf(entities), aoNamespace,
                Set.copyOf(allowlist), upgradeTasks, sections, functions, dashboardItems, panels, fieldTypes);
    }

    private static String text(Element parent, String tag) {
        Element element = first(parent, tag);
        return element == null ? null : element.getTextContent().trim();
    }

    private static List<String> conditions(Element module) {
        List<String> conditions = new ArrayList<>();
        for (Element c : children(module, "condition")) {
            conditions.add(c.getAttribute("class"));
        }
        return conditions;
    }

    /** Web sections at one location, by weight. */
    public List<WebSection> webSections(String location) {
        return webSections.stream().filter(w -> w.location().equals(location)).toList();
    }

    /** The web-resource with this module key (without the plugin key), if declared. */
    public WebResource webResource(String moduleKey) {
        return webResources.stream().filter(w -> w.key().equals(moduleKey)).findFirst().orElse(null);
    }

    /** Web items of one section, by weight. */
    public List<WebItem> webItems(String section) {
        return webItems.stream().filter(w -> w.section().equals(section)).toList();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String attr(Element e, String name) {
        return e == null || e.getAttribute(name).isEmpty() ? null : e.getAttribute(name);
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(e -> e.getTextContent().trim()).toList();
    }
}
