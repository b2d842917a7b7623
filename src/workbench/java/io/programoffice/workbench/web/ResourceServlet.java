package io.programoffice.workbench.web;

import io.programoffice.workbench.descriptor.PluginDescriptor;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Static files: the plugin's web-resource downloads at {@code /download/resources/<plugin>:<module>/<name>} (as the
 * descriptor maps them) and the workbench's own assets (AUI) at {@code /workbench-static/*}.
 */
public final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "png", "image/png",
            "svg", "image/svg+xml", "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf",
            "gif", "image/gif", "json", "application/json");

    private final transient PluginDescriptor descriptor;

    public ResourceServlet(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
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
            in.transferTo(resp.getOutputStream());
        }
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
