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
import io.programoffice.web.model.AdminProgramRow;
import io.programoffice.web.model.AuditRow;
import io.programoffice.web.model.SchemeRow;
import io.programoffice.core.audit.AuditEntry;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeInput;
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
    public void viewsTab_rendersTheShellInTheUsersLanguage_escapingTheProgramName() throws Exception {
        String html = render(ProgramPageServlet.VIEWS_TEMPLATE, Map.of("programKey", "EVIL", "programName", HOSTILE,
                "canEdit", false));
        assertFalse(html.contains(HOSTILE));
        assertTrue(html.contains("<h1 id=\"program-office-program-name\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
        assertTrue(html.contains("data-program-key=\"EVIL\""));
        assertTrue(html.contains("<option value=\"fixVersion\">Fix version</option>"));
        assertTrue(html.contains("<option value=\"statusCategory\" selected>Status category</option>"));
        assertTrue(html.contains("data-text-progress=\"{0}% done\""));
        assertTrue(html.contains("data-text-expand=\"Show the groups inside {0}\""));
        assertTrue(html.contains("data-text-saved-by=\"{0} (by {1})\""));
        assertTrue(html.contains("Status categories"));
        assertFalse(html.contains("program-office.view"));
        assertFalse(html.contains("po-program-settings"));
    }

    @Test
    public void matrixTab_rendersTheShellInTheUsersLanguage_escapingTheProgramName() throws Exception {
        String html = render(ProgramPageServlet.MATRIX_TEMPLATE, Map.of("programKey", "EVIL", "programName", HOSTILE,
                "canEdit", true));
        assertFalse(html.contains(HOSTILE));
        assertTrue(html.contains("<h1 id=\"program-office-program-name\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
        assertTrue(html.contains("data-program-key=\"EVIL\""));
        assertTrue(html.contains("data-text-state-unproposed=\"Not proposed\""));
        assertTrue(html.contains("data-text-health-at-risk=\"At risk\""));
        assertTrue(html.contains("data-text-cell-title=\"{0} waits on {1}: {2}\""));
        assertTrue(html.contains("id=\"po-matrix-state-escalated\" name=\"state\" value=\"escalated\""));
        assertTrue(html.contains("class=\"aui-nav-selected\"><a id=\"po-tab-matrix\""));
        assertTrue(html.contains("po-program-settings"));
        assertFalse(html.contains("program-office.matrix"));
        assertFalse(html.contains("$"));
    }

    @Test
    public void milestonesTab_rendersTheShellInTheUsersLanguage_withTheFormOnlyForThoseWhoMayEdit() throws Exception {
        String html = render(ProgramPageServlet.MILESTONES_TEMPLATE, Map.of("programKey", "EVIL", "programName",
                HOSTILE, "canEdit", false, "canEditMilestones", true));
        assertFalse(html.contains(HOSTILE));
        assertTrue(html.contains("<h1 id=\"program-office-program-name\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
        assertTrue(html.contains("data-program-key=\"EVIL\""));
        assertTrue(html.contains("data-can-edit=\"true\""));
        assertTrue(html.contains("data-text-rag-AMBER=\"At risk\""));
        assertTrue(html.contains("data-text-delete-confirm=\"Delete the milestone &#39;{0}&#39;? Its baselines keep what they recorded.\""));
        assertTrue(html.contains("data-text-inputs=\"Forecast from {0} teams ({1}), a {2}-working-day window, {3} trials\""));
        assertTrue(html.contains("class=\"aui-nav-selected\"><a id=\"po-tab-milestones\" href=\"/jira/plugins/servlet/program-office/program?key=EVIL&amp;tab=milestones\""));
        assertTrue(html.contains("href=\"/jira/plugins/servlet/program-office/program?key=EVIL\">Overview</a>"));
        assertTrue(html.contains("id=\"po-ms-form\"") && html.contains("id=\"po-ms-take\""));
        assertTrue(html.contains("<option value=\"ISSUES\">Chosen issues</option>"));
        assertFalse(html.contains("po-program-settings"));
        assertFalse(html.contains("program-office.milestones"));
        assertFalse(html.contains("$"));

        String readOnly = render(ProgramPageServlet.MILESTONES_TEMPLATE, Map.of("programKey", "EVIL", "programName",
                "Evil", "canEdit", false, "canEditMilestones", false));
        assertTrue(readOnly.contains("data-can-edit=\"false\""));
        assertFalse(readOnly.contains("id=\"po-ms-form\"") || readOnly.contains("id=\"po-ms-take\"")
                || readOnly.contains("id=\"po-ms-add\""));
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
    public void adminPages_renderEveryRow_escapingHostileNames() throws Exception {
        ProgramScheme scheme = new SchemeInput(HOSTILE, "<b>desc</b>", List.of(new SchemeInput.LinkTypeInput(
                "<i>Blocks</i>", "SS", "source", java.math.BigDecimal.valueOf(2))), List.of("done"), List.of("<u>Shipped</u>"),
                null, null, null, null).validate(7, 1);
        String schemes = render(SchemesAdminServlet.TEMPLATE, Map.of("schemes", List.of(new SchemeRow(scheme, 3))));
        assertFalse(schemes.contains("<script>") || schemes.contains("<b>desc") || schemes.contains("<i>Blocks"));
        assertTrue(schemes.contains("&lt;i&gt;Blocks&lt;/i&gt; (SS +2)"));
        assertTrue(schemes.contains("data-scheme-id=\"7\""));

        Program program = new Program("EVIL", HOSTILE, "", List.of("<b>al</b>"), List.of(), 7,
                io.programoffice.core.program.ProgramScope.projects(List.of("APP")), true, 1);
        String programs = render(ProgramsAdminServlet.TEMPLATE, Map.of("programs",
                List.of(new AdminProgramRow(program, "<s>scheme</s>")), "total", 1L, "nextStart", 100,
                "previousStart", -1));
        assertTrue(programs.contains("admin/programs?startAt=100"));
        assertFalse(programs.contains("<script>") || programs.contains("<b>al") || programs.contains("<s>scheme"));
        assertTrue(programs.contains("&lt;s&gt;scheme&lt;/s&gt;"));

        AuditEntry entry = new AuditEntry(1, java.time.Instant.parse("2026-11-26T10:00:00Z"), "<b>admin</b>", "program",
                "EVIL", "update", Map.of("name", new AuditEntry.Change("Old", HOSTILE)));
        String audit = render(AuditAdminServlet.TEMPLATE, Map.of("entries", List.of(new AuditRow(entry)),
                "nextStart", -1));
        assertFalse(audit.contains("<script>") || audit.contains("<b>admin"));
        assertTrue(audit.contains("<strong>name</strong>: Old &rarr; &lt;script&gt;"));

        String settings = render(ProgramSettingsServlet.TEMPLATE, Map.of("programKey", "EVIL"));
        assertTrue(settings.contains("data-program-key=\"EVIL\""));
        String editor = render(SchemeEditServlet.TEMPLATE, Map.of("schemeId", "7"));
        assertTrue(editor.contains("data-scheme-id=\"7\"") && editor.contains("id=\"po-link-type-row\""));
        String forbidden = render(Pages.FORBIDDEN_TEMPLATE, Map.of("message", HOSTILE));
        assertTrue(forbidden.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
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
