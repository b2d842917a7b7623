package io.programoffice.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.programoffice.jira.JiraProgramSummaries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * What every Program Office page does: send anonymous users to the login page, require the pages' web resource,
 * and render a template with the common context ({@code i18n}, {@code contextPath}). Thread-safe.
 */
final class PageSupport {
    /** The web-resource every page needs (descriptor key). */
    static final String PAGE_RESOURCES = "io.programoffice.program-office-jira:program-office-pages";

    private final TemplateRenderer renderer;
    private final LoginUriProvider loginUris;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final JiraProgramSummaries summaries;

    PageSupport(TemplateRenderer renderer, LoginUriProvider loginUris, PageBuilderService pageBuilder,
                I18nResolver i18n, JiraProgramSummaries summaries) {
        this.renderer = renderer;
        this.loginUris = loginUris;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.summaries = summaries;
    }

    I18nResolver i18n() {
        return i18n;
    }

    JiraProgramSummaries summaries() {
        return summaries;
    }

    /** Redirects an anonymous request to the login page and answers false; true when someone is logged in. */
    boolean requireLogin(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (summaries.currentViewer().isPresent()) {
            return true;
        }
        resp.sendRedirect(loginUris.getLoginUri(returnUri(req)).toASCIIString());
        return false;
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
}
