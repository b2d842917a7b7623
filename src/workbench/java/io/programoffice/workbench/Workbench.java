package io.programoffice.workbench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.cluster.ClusterManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.programoffice.core.program.Program;
import java.time.Instant;
import io.programoffice.core.admin.Actor;
import io.programoffice.core.program.ProgramInput;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeInput;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraDependencies;
import io.programoffice.jira.JiraMilestoneReports;
import io.programoffice.jira.JiraMilestones;
import io.programoffice.jira.JiraProgramIndex;
import java.math.BigDecimal;
import io.programoffice.workbench.data.DemoData;
import io.programoffice.workbench.data.DemoRisks;
import io.programoffice.workbench.data.DemoRiskHistory;
import io.programoffice.jira.JiraRisks;
import io.programoffice.jira.ActiveObjectsRiskSnapshotStore;
import io.programoffice.workbench.data.DemoSummary;
import io.programoffice.workbench.data.WorkbenchDatabase;
import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.data.DemoDependencies;
import io.programoffice.workbench.data.DemoMilestones;
import io.programoffice.workbench.host.WbActiveObjects;
import io.programoffice.workbench.host.UpgradeTaskRunner;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbClusterManager;
import io.programoffice.workbench.host.WbClusterLockService;
import io.programoffice.workbench.host.WbEventPublisher;
import io.programoffice.workbench.host.WbIssueEditor;
import io.programoffice.workbench.host.WbIssueLinkManager;
import io.programoffice.workbench.host.WbIssueSecurityLevelManager;
import io.programoffice.workbench.host.WbIssueStore;
import io.programoffice.workbench.host.WbSchedulerService;
import io.programoffice.workbench.host.WbCustomFieldManager;
import io.programoffice.workbench.host.WbGlobalPermissionManager;
import io.programoffice.workbench.host.WbI18nResolver;
import io.programoffice.workbench.host.WbIssueLinkTypeManager;
import io.programoffice.workbench.host.WbJqlFunctions;
import io.programoffice.workbench.host.WbJiraUserManager;
import io.programoffice.workbench.host.WbLoginUriProvider;
import io.programoffice.workbench.host.WbPageBuilderService;
import io.programoffice.workbench.host.WbPermissionManager;
import io.programoffice.workbench.host.WbProjectManager;
import io.programoffice.workbench.host.WbSearchService;
import io.programoffice.workbench.host.WbConstantsManager;
import io.programoffice.workbench.host.WbFieldTypes;
import io.programoffice.workbench.host.WbIssueManager;
import io.programoffice.workbench.host.WbIssueService;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import io.programoffice.workbench.host.WbStatusManager;
import io.programoffice.workbench.host.WbTemplateRenderer;
import io.programoffice.workbench.host.WbUserDirectory;
import io.programoffice.workbench.host.WbVersionManager;
import io.programoffice.workbench.host.WbWebSudoManager;
import io.programoffice.workbench.inject.Injector;
import io.programoffice.workbench.inject.PluginClasses;
import io.programoffice.workbench.web.AuthFilter;
import io.programoffice.workbench.web.DashboardPreferences;
import io.programoffice.workbench.web.DashboardPreferencesServlet;
import io.programoffice.workbench.web.DashboardServlet;
import io.programoffice.workbench.web.DecoratorFilter;
import io.programoffice.workbench.web.IssueRestServlet;
import io.programoffice.workbench.web.SearchRestServlet;
import io.programoffice.workbench.web.IssueViewServlet;
import io.programoffice.workbench.web.LoginServlet;
import io.programoffice.workbench.web.ResourceServlet;
import io.programoffice.workbench.web.RestAccessFilter;
import io.programoffice.workbench.web.RestXsrfFilter;
import io.programoffice.workbench.web.WebSudoServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * One running workbench: the database, the host services, the plugin wired from its descriptor, and Jetty serving
 * it all under {@code /jira}. Start with {@link #start(Options)}, stop with {@link #close()}.
 */
public final class Workbench implements AutoCloseable {
    /** Jira's context path. */
    public static final String CONTEXT = "/jira";
    /** Where {@code /jira/} sends a browser. */
    public static final String HOME = "/plugins/servlet/program-office/programs";
    /** The demo program's key. */
    public static final String DEMO_PROGRAM = "DEMO";

    /** How to start. {@code port} 0 picks a free port. */
    public record Options(String host, int port, Path dataDir, boolean demo) {
    }

    /** Jersey warns that resource instances are "not providers" when registered as instances; they work. */
    private static final java.util.logging.Logger JERSEY_PROVIDERS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        JERSEY_PROVIDERS.setLevel(java.util.logging.Level.SEVERE);
    }

    private final WorkbenchDatabase database;
    private final WbActiveObjects activeObjects;
    private final Server server;
    private final Injector injector;
    private final DemoSummary demo;
    private final WbHost hosts;
    private final List<LifecycleAware> started;

    /** The host services tests and the issue REST reach directly. */
    private record WbHost(WbEventPublisher events, WbSchedulerService scheduler, WbIssueStore issues,
                          WbIssueLinkManager links, WbIssueEditor editor, WbSearchService search) {
    }

    private Workbench(WorkbenchDatabase database, WbActiveObjects activeObjects, Server server, Injector injector,
                      DemoSummary demo, WbHost hosts, List<LifecycleAware> started) {
        this.database = database;
        this.activeObjects = activeObjects;
        this.server = server;
        this.injector = injector;
        this.demo = demo;
        this.hosts = hosts;
        this.started = started;
    }

    /**
     * Opens (or creates) the data dir, seeds the demo into a fresh one, wires the plugin, runs its ActiveObjects
     * upgrade tasks newer than the stored model version, migrates its entities and starts serving.
     *
     * @throws IllegalStateException when an upgrade task cannot be built, shares a version or fails (naming it)
     * @throws io.programoffice.workbench.data.WorkbenchDataException when the data dir cannot be used
     * @throws IOException when the port cannot be bound
     */
    public static Workbench start(Options options) throws Exception {
        requireFreePort(options);
        WorkbenchDatabase database = WorkbenchDatabase.open(options.dataDir());
        WbActiveObjects ao = null;
        WbSchedulerService scheduler = new WbSchedulerService();
        try {
            boolean fresh = database.isEmpty();
            DemoSummary demo = fresh && options.demo() ? DemoData.seed(database) : null;
            database.seedUsers();

            ClassLoader loader = Workbench.class.getClassLoader();
            PluginDescriptor descriptor = PluginDescriptor.fromClasspath(loader);
            String namespace = descriptor.aoNamespace() == null ? descriptor.key() : descriptor.aoNamespace();
            ao = new WbActiveObjects(database.jdbcUrl(), namespace);

            WbAuthenticationContext authentication = new WbAuthenticationContext();
            WbUserDirectory users = new WbUserDirectory(database);
            WbI18nResolver i18n = new WbI18nResolver(descriptor.i18nLocation(), loader);
            WbPageBuilderService pageBuilder = new WbPageBuilderService();
            WbPermissionManager permissions = new WbPermissionManager(database, users);
            WbWebSudoManager webSudo = new WbWebSudoManager(Clock.systemUTC());
            Map<Class<?>, Object> host = new LinkedHashMap<>();
            host.put(JiraAuthenticationContext.class, authentication);
            WbProjectManager projectManager = new WbProjectManager(database);
            host.put(ProjectManager.class, projectManager);
            WbVersionManager versionManager = new WbVersionManager(database);
            host.put(VersionManager.class, versionManager);
            host.put(PermissionManager.class, permissions);
            host.put(GlobalPermissionManager.class, new WbGlobalPermissionManager(users));
            host.put(com.atlassian.jira.user.util.UserManager.class, new WbJiraUserManager(users));
            host.put(StatusManager.class, new WbStatusManager(database));
            WbConstantsManager constants = new WbConstantsManager(database);
            host.put(ConstantsManager.class, constants);
            host.put(IssueLinkTypeManager.class, new WbIssueLinkTypeManager(database));
            WbCustomFieldManager customFields = new WbCustomFieldManager(database);
            host.put(CustomFieldManager.class, customFields);
            WbIssueSecurityLevelManager securityLevels = new WbIssueSecurityLevelManager(database);
            WbIssueStore issueStore = new WbIssueStore(database, users);
            WbIssueLinkManager issueLinks = new WbIssueLinkManager(database);
            WbEventPublisher events = new WbEventPublisher();
            WbSearchService search = new WbSearchService(database, permissions, securityLevels, issueStore);
            host.put(SearchService.class, search);
            host.put(IssueSecurityLevelManager.class, securityLevels);
            host.put(IssueLinkManager.class, issueLinks);
            host.put(EventPublisher.class, events);
            WbIssueEditor editor = new WbIssueEditor(database, issueStore, issueLinks, events);
            issueLinks.useEditor(editor);
            Injector[] built = new Injector[1];
            WbFieldTypes fieldTypes = new WbFieldTypes(customFields, descriptor, () -> built[0], loader);
            host.put(IssueService.class, new WbIssueService(projectManager, permissions, constants, users, fieldTypes,
                    editor));
            host.put(IssueManager.class, new WbIssueManager(issueStore));
            // the risk field types keep no values of their own in the workbench: issues store them
            host.put(CustomFieldValuePersister.class, new CustomFieldValuePersister() { });
            host.put(GenericConfigManager.class, new GenericConfigManager() { });
            host.put(SchedulerService.class, scheduler);
            host.put(ClusterManager.class, new WbClusterManager());
            host.put(ClusterLockService.class, new WbClusterLockService());
            host.put(ActiveObjects.class, ao);
            host.put(TemplateRenderer.class, new WbTemplateRenderer(descriptor.velocityAllowlist()));
            host.put(I18nResolver.class, i18n);
            host.put(LoginUriProvider.class, new WbLoginUriProvider(CONTEXT));
            host.put(PageBuilderService.class, pageBuilder);
            host.put(WebSudoManager.class, webSudo);
            List<Class<?>> pluginClasses = PluginClasses.scan(Program.class);
            Injector injector = new Injector(host, pluginClasses);
            built[0] = injector;

            new UpgradeTaskRunner(database, namespace, ao).run(upgradeTasks(descriptor, injector, loader));
            ao.migrate(entities(descriptor, loader));
            search.useFunctions(jqlFunctions(descriptor, injector, loader));

            if (demo != null) {
                seedDemoProgram(injector.get(Administration.class), authentication, users);
            }

            Server server = server(options, database, descriptor, injector, pluginClasses, authentication, users,
                    i18n, pageBuilder, webSudo, new IssueRestServlet(editor, issueLinks, permissions, authentication,
                            versionManager, fieldTypes), new IssueViewServlet(descriptor, injector, i18n, authentication,
                            issueStore, permissions, securityLevels, (TemplateRenderer) host.get(TemplateRenderer.class)),
                    new SearchRestServlet(search, permissions, securityLevels, authentication));
            server.start();
            List<LifecycleAware> lifecycle = startLifecycle(injector, pluginClasses);
            if (demo != null) {
                DemoDependencies.seed(injector.get(JiraDependencies.class), injector.get(JiraProgramIndex.class),
                        authentication, users);
                DemoMilestones.seed(injector.get(JiraMilestones.class), injector.get(JiraMilestoneReports.class), injector.get(Administration.class),
                        authentication, users);
                Program demoProgram = injector.get(Administration.class).programs().get(DEMO_PROGRAM);
                DemoRiskHistory.seed(demoProgram, injector.get(JiraRisks.class).allRisks(demoProgram), issueStore,
                        injector.get(ActiveObjectsRiskSnapshotStore.class), Instant.now());
            }
            return new Workbench(database, ao, server, injector, demo,
                    new WbHost(events, scheduler, issueStore, issueLinks, editor, search), lifecycle);
        } catch (Exception | Error e) {
            scheduler.close();
            if (ao != null) {
                ao.close();
            }
            database.close();
            throw e;
        }
    }

    /**
     * Calls {@link LifecycleAware#onStart()} on the plugin components exported as LifecycleAware services, as SAL
     * does once the host is up, in class name order.
     */
    private static List<LifecycleAware> startLifecycle(Injector injector, List<Class<?>> pluginClasses) {
        List<LifecycleAware> out = new ArrayList<>();
        pluginClasses.stream()
                .filter(c -> LifecycleAware.class.isAssignableFrom(c) && c.isAnnotationPresent(ExportAsService.class)
                        && java.util.Arrays.asList(c.getAnnotation(ExportAsService.class).value())
                                .contains(LifecycleAware.class))
                .sorted(java.util.Comparator.comparing(Class::getName))
                .forEach(c -> {
                    LifecycleAware component = (LifecycleAware) injector.get(c);
                    component.onStart();
                    out.add(component);
                });
        return out;
    }

    /** Fails before anything touches the data dir when the port is taken, so a failed start leaves it as it was. */
    private static void requireFreePort(Options options) throws IOException {
        if (options.port() == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(options.host(), options.port()));
        }
    }

    /**
     * The demo's scheme and program, created through the plugin's own administration as the admin user would,
     * so they are validated and audited like any other.
     */
    private static void seedDemoProgram(Administration administration, WbAuthenticationContext authentication,
                                        WbUserDirectory users) {
        var before = authentication.use(users.find("admin").orElseThrow());
        try {
            Actor admin = new Actor("admin", true);
            ProgramScheme scheme = administration.schemes().create(admin, new SchemeInput("Delivery scheme",
                    "Blocks and Depends links are finish-to-start dependencies; story points size the work;"
                    + " Risk issues hold the program's risks.",
                    List.of(new SchemeInput.LinkTypeInput("Blocks", "FS", "destination", BigDecimal.ZERO),
                            new SchemeInput.LinkTypeInput("Depends", "FS", "source", BigDecimal.ONE)),
                    List.of("done"), List.of(), new SchemeInput.SourceInput("STORY_POINTS", "customfield_10002"),
                    new SchemeInput.SourceInput("PROJECT", null), "FIX_VERSION", null, null,
                    new SchemeInput.RiskInput(DemoRisks.RISK_TYPE, DemoRisks.PROBABILITY_FIELD, DemoRisks.IMPACT_FIELD,
                            DemoRisks.RESIDUAL_PROBABILITY_FIELD, DemoRisks.RESIDUAL_IMPACT_FIELD,
                            DemoRisks.ROAM_FIELD, DemoRisks.MITIGATION_FIELD, "assignee", "duedate")));
            administration.programs().create(admin, new ProgramInput(DEMO_PROGRAM, "Checkout Replatform 2027",
                    "Moves checkout to the new platform across mobile, web, API, data, infrastructure and security.",
                    List.of("admin", "alice"), List.of("bob"), scheme.id(),
                    List.of("APP", "WEB", "API", "DATA", "OPS", "SEC"), null, false));
        } finally {
            authentication.use(before);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor, ClassLoader loader)
            throws ClassNotFoundException {
        Class<? extends RawEntity<?>>[] entities = new Class[descriptor.aoEntities().size()];
        for (int i = 0; i < entities.length; i++) {
            entities[i] = (Class<? extends RawEntity<?>>) Class.forName(descriptor.aoEntities().get(i), true, loader);
        }
        return entities;
    }

    /**
     * The descriptor's ActiveObjects upgrade tasks, built by constructor injection like the plugin's other classes.
     *
     * @throws IllegalStateException when a class is missing or is not an upgrade task
     */
    static List<ActiveObjectsUpgradeTask> upgradeTasks(PluginDescriptor descriptor, Injector injector,
                                                       ClassLoader loader) {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : descriptor.aoUpgradeTasks()) {
            Class<?> type;
            try {
                type = Class.forName(name, true, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("ActiveObjects upgrade task " + name + " is not on the classpath", e);
            }
            if (!ActiveObjectsUpgradeTask.class.isAssignableFrom(type)) {
                throw new IllegalStateException("ActiveObjects upgrade task " + name + " does not implement "
                        + ActiveObjectsUpgradeTask.class.getName());
            }
            tasks.add((ActiveObjectsUpgradeTask) injector.get(type));
        }
        return tasks;
    }

    /**
     * The descriptor's JQL functions, built by constructor injection like the plugin's other classes, by name.
     *
     * @throws IllegalStateException when a class is missing or is not a JQL function
     */
    static WbJqlFunctions jqlFunctions(PluginDescriptor descriptor, Injector injector, ClassLoader loader) {
        Map<String, JqlFunction> functions = new LinkedHashMap<>();
        for (PluginDescriptor.JqlFunction module : descriptor.jqlFunctions()) {
            Class<?> type;
            try {
                type = Class.forName(module.className(), true, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("JQL function " + module.className() + " is not on the classpath", e);
            }
            if (!JqlFunction.class.isAssignableFrom(type)) {
                throw new IllegalStateException("JQL function " + module.className() + " does not implement "
                        + JqlFunction.class.getName());
            }
            functions.put(module.name(), (JqlFunction) injector.get(type));
        }
        return WbJqlFunctions.of(functions);
    }

    private static Server server(Options options, WorkbenchDatabase database, PluginDescriptor descriptor,
                                 Injector injector,
                                 List<Class<?>> pluginClasses, WbAuthenticationContext authentication,
                                 WbUserDirectory users, WbI18nResolver i18n, WbPageBuilderService pageBuilder,
                                 WbWebSudoManager webSudo, IssueRestServlet issueRest, IssueViewServlet issueView,
                                 SearchRestServlet searchRest)
            throws ClassNotFoundException {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("workbench");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(options.host());
        connector.setPort(options.port());
        server.addConnector(connector);
        server.setStopAtShutdown(false);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(CONTEXT);
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        context.addFilter(new FilterHolder(new AuthFilter(users, authentication)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        FilterHolder decorator = new FilterHolder(new DecoratorFilter(descriptor, i18n, pageBuilder, authentication));
        context.addFilter(decorator, "/plugins/servlet/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(decorator, "/secure/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(decorator, IssueViewServlet.PATH + "/*", EnumSet.of(DispatcherType.REQUEST));

        for (PluginDescriptor.Rest rest : descriptor.rests()) {
            ResourceConfig config = new ResourceConfig()
                    .register(JacksonFeature.class)
                    .register(new RestAccessFilter(authentication))
                    .register(new RestXsrfFilter())
                    .property(ServerProperties.WADL_FEATURE_DISABLE, true);
            for (Class<?> type : pluginClasses) {
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class) || type.isAnnotationPresent(Provider.class)) {
                    config.register(injector.get(type));
                }
            }
            context.addServlet(new ServletHolder(rest.key(), new ServletContainer(config)), rest.mountPoint() + "/*");
        }
        for (PluginDescriptor.Servlet module : descriptor.servlets()) {
            Class<?> type = Class.forName(module.className(), true, Workbench.class.getClassLoader());
            Servlet servlet = (Servlet) injector.get(type);
            ServletHolder holder = new ServletHolder(module.key(), servlet);
            for (String pattern : module.urlPatterns()) {
                context.addServlet(holder, "/plugins/servlet" + pattern);
            }
        }
        context.addServlet(new ServletHolder("jira-rest-api-2", issueRest), "/rest/api/2/*");
        context.addServlet(new ServletHolder("jira-rest-api-2-search", searchRest), SearchRestServlet.PATH);
        DashboardPreferences dashboardPreferences = new DashboardPreferences(database);
        context.addServlet(new ServletHolder("dashboard", new DashboardServlet(descriptor, i18n, pageBuilder,
                authentication, dashboardPreferences)), DashboardServlet.PATH);
        context.addServlet(new ServletHolder("dashboard-preferences", new DashboardPreferencesServlet(descriptor,
                authentication, dashboardPreferences)), DashboardPreferencesServlet.PATH + "/*");
        context.addServlet(new ServletHolder("issue-view", issueView), IssueViewServlet.PATH + "/*");
        ResourceServlet resources = new ResourceServlet(descriptor, i18n);
        context.addServlet(new ServletHolder("download", resources), "/download/resources/*");
        context.addServlet(new ServletHolder("static", resources), "/workbench-static/*");
        LoginServlet login = new LoginServlet(users, HOME);
        context.addServlet(new ServletHolder("login", login), "/login.jsp");
        context.addServlet(new ServletHolder("logout", login), "/logout");
        context.addServlet(new ServletHolder("websudo", new WebSudoServlet(users, webSudo, authentication)),
                WbWebSudoManager.AUTHENTICATE_PATH);
        context.addServlet(new ServletHolder("home", redirect(CONTEXT + HOME)), "");

        ServletContextHandler root = new ServletContextHandler();
        root.setContextPath("/");
        root.addServlet(new ServletHolder(redirect(CONTEXT + HOME)), "");

        server.setHandler(new ContextHandlerCollection(context, root));
        return server;
    }

    private static HttpServlet redirect(String to) {
        return new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.sendRedirect(to);
            }
        };
    }

    /** The port actually bound. */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** {@code http://localhost:<port>/jira}. */
    public String baseUrl() {
        return "http://localhost:" + port() + CONTEXT;
    }

    /** What the demo seeding created this start, or null when nothing was seeded. */
    public DemoSummary demo() {
        return demo;
    }

    /** The plugin's object of this type, as wired. */
    public <T> T plugin(Class<T> type) {
        return injector.get(type);
    }

    /** The workbench database. */
    public WorkbenchDatabase database() {
        return database;
    }

    /** The host's event publisher (publishing here is what Jira does on this node). */
    public WbEventPublisher events() {
        return hosts.events();
    }

    /** The host's scheduler. */
    public WbSchedulerService scheduler() {
        return hosts.scheduler();
    }

    /** Reads issues as the host's search does. */
    public WbIssueStore issues() {
        return hosts.issues();
    }

    /** Changes issues as Jira does, publishing its events; {@code issueEditor().silently()} as another node. */
    public WbIssueEditor issueEditor() {
        return hosts.editor();
    }

    /** The host's issue links. */
    public WbIssueLinkManager issueLinks() {
        return hosts.links();
    }

    /** The host's issue search, with the plugin's JQL functions. */
    public WbSearchService search() {
        return hosts.search();
    }

    /** Stops the plugin's lifecycle components and serving, then closes ActiveObjects and the database. */
    @Override
    public void close() throws Exception {
        try {
            for (LifecycleAware component : started) {
                component.onStop();
            }
            hosts.scheduler().close();
            server.stop();
        } finally {
            activeObjects.close();
            database.close();
        }
    }
}
