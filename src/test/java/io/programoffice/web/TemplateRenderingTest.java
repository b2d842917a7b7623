package io.programoffice.web;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.templaterenderer.RenderingException;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramSummary;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.release.ProgramRelease;
import io.programoffice.core.release.ProgramReleases;
import io.programoffice.core.release.ProjectVersion;
import io.programoffice.web.model.ProgramPageView;
import io.programoffice.web.model.ProgramRow;
import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.host.WbI18nResolver;
import io.programoffice.workbench.host.WbTemplateRenderer;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * Renders the real templates with Velocity 1.7 under Jira's rules (auto-escaping except *Html, method allowlist from
 * the descriptor) and hostile values.
 */
public class TemplateRenderingTest {
    private static final String HOSTILE = "<script>alert(1)</script>";
    private final PluginDescriptor descriptor = PluginDescriptor.fromClasspath(getClass().getClassLoader());
    private final WbTemplateRenderer renderer = new WbTemplateRenderer(descriptor.velocityAllowlist());
    private final WbI18nResolver i18n = new WbI18nResolver(descriptor.i18nLocation(), getClass().getClassLoader());

    private String render(String template, Map<String, Object> model) throws Exception {
        Map<String, Object> context = new HashMap<>(model);
        context.put("i18n", i18n);
        context.put("contextPath", "/jira");
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        return out.toString();
    }

    @Test
    public void programPage_escapesAHostileProgramName() throws Exception {
        ProgramSummary summary = new ProgramSummary("EVIL", HOSTILE, 3, Map.of("APP", 3L),
                Map.of(StatusCategory.NEW, 1L, StatusCategory.DONE, 2L), Map.of("APP", "<b onmouseover=x>App</b>"));
        List<ProgramRelease> releases = ProgramReleases.group(List.of(
                new ProjectVersion("APP", "<i>R1</i>", LocalDate.parse("2027-01-01"), false),
                new ProjectVersion("WEB", "<i>R1</i>", LocalDate.parse("2027-01-08"), false)));
        String html = render(ProgramPageServlet.TEMPLATE,
                Map.of("program", new ProgramPageView(summary, releases, c -> c.key())));
        assertFalse(html.contains("<i>R1</i>"));
        assertTrue(html.contains("<td>&lt;i&gt;R1&lt;/i&gt;</td>"));
        assertTrue(html.contains("2027-01-01 – 2027-01-08"));
        assertTrue(html.contains("7 days apart"));
        assertFalse(html.contains(HOSTILE));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("id=\"program-office-issue-total\">3<"));
        assertTrue(html.contains("data-project=\"APP\""));
        assertFalse(html.contains("<b onmouseover"));
        assertTrue(html.contains("&lt;b onmouseover=x&gt;App&lt;/b&gt;"));
        assertTrue(html.contains("style=\"width: 33%\"") && html.contains("style=\"width: 67%\""));
    }

    @Test
    public void programList_escapesNamesInTextAndAttributes() throws Exception {
        Program program = new Program("EVIL", "\"><img src=x onerror=alert(1)>", List.of("APP"));
        String html = render(ProgramListServlet.TEMPLATE, Map.of("programs", List.of(new ProgramRow(program, program.projectKeys())),
                "total", 1L, "archived", false, "startAt", 0, "nextStart", -1, "previousStart", -1));
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains(">1 program<"));
    }

    @Test
    public void notFoundPage_escapesTheRequestedKey() throws Exception {
        String html = render(ProgramPageServlet.NOT_FOUND_TEMPLATE, Map.of("requestedKey", HOSTILE));
        assertFalse(html.contains(HOSTILE));
        assertTrue(html.contains("There is no program with the key <code id=\"program-office-requested-key\">&lt;script&gt;"));
        String missing = render(ProgramPageServlet.NOT_FOUND_TEMPLATE, Map.of("requestedKey", ""));
        assertTrue(missing.contains("no program key was given"));
    }

    @Test
    public void renderer_leavesReferencesNamedHtmlUnescaped_asJiraDoes() throws Exception {
        Map<String, Object> model = Map.of("plain", "<b>x</b>", "trustedHtml", "<b>y</b>");
        StringWriter out = new StringWriter();
        new WbTemplateRenderer(Set.of()).render("templates/test/escaping.vm", model, out);
        assertTrue(out.toString().contains("&lt;b&gt;x&lt;/b&gt;"));
        assertTrue(out.toString().contains("<b>y</b>"));
    }

    @Test
    public void renderer_blocksPluginMethodsMissingFromTheAllowlist() {
        ProgramRow row = new ProgramRow(new Program("DEMO", "Demo", List.of("APP")), List.of("APP"));
        RenderingException e = assertThrows(RenderingException.class, () -> new WbTemplateRenderer(Set.of())
                .render("templates/test/row.vm", Map.of("row", row), new StringWriter()));
        assertTrue(String.valueOf(e.getCause()), String.valueOf(e.getCause())
                .contains("io.programoffice.web.model.ProgramRow#getName()"));
    }
}
