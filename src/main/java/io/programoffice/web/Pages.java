package io.programoffice.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.programoffice.core.admin.Actor;
import io.programoffice.jira.JiraActors;
import io.programoffice.jira.JiraProgramSummaries;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every Program Office page does: send anonymous users to the login page, keep administration pages for Jira
 * administrators behind WebSudo, require the pages' web resources, and render a template with the common context
 * ({@code i18n}, {@code contextPath}). Thread-safe.
 */
@Named
public class Pages {
    /** The styles every page needs (descriptor key). */
    static final String PAGE_RESOURCES = "io.programoffice.program-office-jira:program-office-pages";
    /** The scripts of the forms (descriptor key). */
    static final String FORM_RESOURCES = "io.programoffice.program-office-jira:program-office-forms";
    /** The scripts of the program views tab (descriptor key). */
    static final String VIEW_RESOURCES = "io.programoffice.program-office-jira:program-office-views";
    /** The script of the program team matrix tab (descriptor key). */
    static final String MATRIX_RESOURCES = "io.programoffice.program-office-jira:program-office-matrix";
    /** The script, bundled chart library and styles of a program's Milestones tab (descriptor key). */
    static final String MILESTONE_RESOURCES = "io.programoffice.program-office-jira:program-office-milestones";
    /** The script and styles of a program's Risks tab (descriptor key). */
    static final String RISK_RESOURCES = "io.programoffice.program-office-jira:program-office-risks";
    /** The script, bundled graph library and styles of a program's Dependencies tab (descriptor key). */
    static final String GRAPH_RESOURCES = "io.programoffice.program-office-jira:program-office-dependency-graph";
    /** The script of the program index administration page (descriptor key). */
    static final String INDEX_RESOURCES = "io.programoffice.program-office-jira:program-office-index-admin";
    static final String FORBIDDEN_TEMPLATE = "templates/admin/forbidden.vm";

    private final TemplateRenderer renderer;
    private final LoginUriProvider loginUris;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final WebSudoManager webSudo;
    private final JiraProgramSummaries summaries;
    private final JiraActors actors;

    @Inject
    public Pages(@ComponentImport TemplateRenderer renderer, @ComponentImport LoginUriProvider loginUris,
                 @ComponentImport PageBuilderService pageBuilder, @ComponentImport I18nResolver i18n,
                 @ComponentImport WebSudoManager webSudo, JiraProgramSummaries summaries, JiraActors actors) {
        this.renderer = renderer;
        this.loginUris = loginUris;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.webSudo = webSudo;
        this.summaries = summaries;
        this.actors = actors;
    }

    I18nResolver i18n() {
        return i18n;
    }

    JiraProgramSummaries summaries() {
        return summaries;
    }

    /** The logged-in user, or empty after redirecting an anonymous request to the login page. */
    Optional<Actor> requireLogin(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Actor> actor = actors.current();
        if (actor.isEmpty()) {
            resp.sendRedirect(loginUris.getLoginUri(returnUri(req)).toASCIIString());
        }
        return actor;
    }

    /**
     * The logged-in Jira administrator who has confirmed their password recently (WebSudo); otherwise the response
     * is a login redirect, a 403 page or the WebSudo prompt, and the result is empty.
     */
    Optional<Actor> requireAdmin(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Actor> actor = requireLogin(req, resp);
        if (actor.isEmpty()) {
            return actor;
        }
        if (!actor.get().admin()) {
            forbidden(req, resp, "program-office.admin.forbidden");
            return Optional.empty();
        }
        if (!webSudo.canExecuteRequest(req)) {
            webSudo.enforceWebSudoProtection(req, resp);
            return Optional.empty();
        }
        return actor;
    }

    /** A 403 page with the message of {@code messageKey}. */
    void forbidden(HttpServletRequest req, HttpServletResponse resp, String messageKey) throws IOException {
        render(req, resp, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN_TEMPLATE,
                Map.of("message", i18n.getText(messageKey)));
    }

    /**
     * Where to come back after logging in: this page's full URL, or the URL without its query when the query string
     * is not a valid URI.
     */
    static URI returnUri(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        if (req.getQueryString() != null) {
            try {
                return URI.create(url + "?" + req.getQueryString());
            } catch (IllegalArgumentException e) {
                return URI.create(url);
            }
        }
        return URI.create(url);
    }

    /** The page's {@code startAt} parameter: 0 when missing, negative or not a number. */
    static int startAt(HttpServletRequest req) {
        try {
            return Math.max(0, Integer.parseInt(String.valueOf(req.getParameter("startAt"))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Renders {@code template} as an HTML page with the common context plus {@code model}. */
    void render(HttpServletRequest req, HttpServletResponse resp, int status, String template, Map<String, Object> model)
            throws IOException {
        pageBuilder.assembler().resources().requireWebResource(PAGE_RESOURCES);
        Map<String, Object> context = new HashMap<>(model);
        context.put("i18n", i18n);
        context.put("contextPath", req.getContextPath());
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, resp.getWriter());
    }

    /** As {@link #render}, also requiring the web resource with this descriptor key. */
    void renderWith(HttpServletRequest req, HttpServletResponse resp, String resource, String template,
                    Map<String, Object> model) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(resource);
        render(req, resp, HttpServletResponse.SC_OK, template, model);
    }

    /** As {@link #render}, for a page with a form: also requires the form scripts. */
    void renderForm(HttpServletRequest req, HttpServletResponse resp, String template, Map<String, Object> model)
            throws IOException {
        pageBuilder.assembler().resources().requireWebResource(FORM_RESOURCES);
        render(req, resp, HttpServletResponse.SC_OK, template, model);
    }
}
