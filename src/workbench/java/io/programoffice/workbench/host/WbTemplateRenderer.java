package io.programoffice.workbench.host;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/**
 * Renders the plugin's Velocity templates from the classpath as Jira does: references HTML-escaped unless named
 * {@code ...Html} ({@link HtmlEscaping}), plugin methods only if allowlisted ({@link AllowlistUberspector}). Thread-safe
 * (the engine is; templates are cached).
 */
public final class WbTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine;

    public WbTemplateRenderer(Set<String> allowlist) {
        Properties p = new Properties();
        p.setProperty("resource.loader", "classpath");
        p.setProperty("classpath.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("classpath.resource.loader.cache", "true");
        p.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        p.setProperty("eventhandler.referenceinsertion.class", HtmlEscaping.class.getName());
        p.setProperty("runtime.introspector.uberspect", AllowlistUberspector.class.getName());
        p.setProperty("input.encoding", "UTF-8");
        p.setProperty("output.encoding", "UTF-8");
        engine = new VelocityEngine();
        engine.setApplicationAttribute(AllowlistUberspector.ALLOWLIST, Set.copyOf(allowlist));
        try {
            engine.init(p);
        } catch (Exception e) {
            throw new IllegalStateException("Velocity did not start", e);
        }
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(new VelocityContext(new HashMap<>(context)), writer);
        } catch (RuntimeException e) {
            throw new RenderingException(e);
        } catch (Exception e) {
            if (e instanceof IOException io) {
                throw io;
            }
            throw new RenderingException(e);
        }
    }
}
