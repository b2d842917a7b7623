package io.programoffice.workbench.web;

import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.host.WbI18nResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static files: the plugin's web-resource downloads at {@code /download/resources/<plugin>:<module>/<name>} (as the
 * descriptor maps them; scripts of web-resources declaring Jira's {@code jsI18n} transformer get their
 * {@code AJS.I18n.getText("key")} calls replaced by the translated text, as Jira does) and the workbench's own assets
 * (AUI, the dashboard scripts) at {@code /workbench-static/*}.
 */
public final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "png", "image/png",
            "svg", "image/svg+xml", "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf",
            "gif", "image/gif", "json", "application/json");

    /** Jira's jsI18n transformer rewrites these calls (a literal key, no arguments) to the translated text. */
    private static final Pattern GET_TEXT =
            Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([A-Za-z0-9_.\\-]+)\\1\\s*\\)");

    private final transient PluginDescriptor descriptor;
    private final transient WbI18nResolver i18n;

    public ResourceServlet(PluginDescriptor descriptor, WbI18nResolver i18n) {
        this.descriptor = descriptor;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String classpathLocation = req.getServletPath().equals("/workbench-static")
                ? staticLocation(path) : downloadLocation(path);
        if (classpathLocation == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String extension = classpathLocation.substring(classpathLocation.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            resp.setHeader("Cache-Control", "max-age=300");
            if (extension.equals("js") && !req.getServletPath().equals("/workbench-static") && jsI18n(path)) {
                resp.getOutputStream().write(translate(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                in.transferTo(resp.getOutputStream());
            }
        }
    }

    /** Whether the download's web-resource declares the jsI18n transformer. */
    private boolean jsI18n(String path) {
        String completeKey = path.substring(1).split("/", 2)[0];
        PluginDescriptor.WebResource resource =
                descriptor.webResource(completeKey.substring(completeKey.indexOf(':') + 1));
        return resource != null && resource.jsI18n();
    }

    /** Replaces each {@code AJS.I18n.getText("key")} by the text as a JavaScript string literal. */
    String translate(String script) {
        Matcher call = GET_TEXT.matcher(script);
        StringBuilder out = new StringBuilder();
        while (call.find()) {
            call.appendReplacement(out, Matcher.quoteReplacement(jsString(i18n.getText(call.group(2)))));
        }
        call.appendTail(out);
        return out.toString();
    }

    private static String jsString(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                literal.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&') {
                literal.append(String.format("\\u%04x", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

    private static String staticLocation(String path) {
        if (path == null || path.contains("..")) {
            return null;
        }
        return "workbench-static" + path;
    }

    private String downloadLocation(String path) {
        if (path == null) {
            return null;
        }
        String[] parts = path.substring(1).split("/", 2);
        if (parts.length != 2 || !parts[0].startsWith(descriptor.key() + ":")) {
            return null;
        }
        PluginDescriptor.WebResource resource = descriptor.webResource(parts[0].substring(descriptor.key().length() + 1));
        if (resource == null) {
            return null;
        }
        return resource.downloads().stream().filter(d -> d.name().equals(parts[1])).findFirst()
                .map(d -> d.location().startsWith("/") ? d.location().substring(1) : d.location()).orElse(null);
    }
}
