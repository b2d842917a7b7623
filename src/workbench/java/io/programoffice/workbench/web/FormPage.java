package io.programoffice.workbench.web;

import io.programoffice.workbench.host.HtmlEscaping;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The undecorated AUI page the workbench's own forms share (log in, administrator access): the head tags from
 * {@link Chrome#headTags}, one centred page panel, and an AUI error message. Callers pass already-escaped HTML for
 * the content; titles and messages are escaped here. Stateless; thread-safe.
 */
final class FormPage {
    private FormPage() {
    }

    /**
     * Writes a complete HTML page as the response.
     *
     * @param resp the response, not yet committed
     * @param context the context path, e.g. {@code /jira}
     * @param title the page title (plain text)
     * @param content the panel's HTML (escaped by the caller)
     */
    static void write(HttpServletResponse resp, String context, String title, String content) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().print("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + HtmlEscaping.escape(title) + " - Jira (workbench)</title>\n"
                + Chrome.headTags(context) + "\n"
                + "</head><body id=\"jira\" class=\"aui-layout aui-theme-default workbench-login\">\n"
                + "<div id=\"page\"><section id=\"content\" role=\"main\">\n"
                + "<div class=\"aui-page-panel workbench-login-panel\"><div class=\"aui-page-panel-inner\">"
                + "<main class=\"aui-page-panel-content\">\n"
                + content
                + "</main></div></div></section></div></body></html>\n");
    }

    /** An AUI error message with this element id; the message is plain text. */
    static String error(String id, String message) {
        return "<div class=\"aui-message aui-message-error\" id=\"" + HtmlEscaping.escape(id) + "\"><p>"
                + HtmlEscaping.escape(message) + "</p></div>\n";
    }
}
