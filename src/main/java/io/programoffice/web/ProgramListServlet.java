package io.programoffice.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.JiraProgramSummaries;
import io.programoffice.web.model.ProgramRow;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The Programs page ({@code /plugins/servlet/program-office/programs}): every program, a page of 100 at a time. */
public class ProgramListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/programs/program-list.vm";

    private final transient PageSupport page;
    private final transient ProgramStore programs;

    @Inject
    public ProgramListServlet(@ComponentImport TemplateRenderer renderer, @ComponentImport LoginUriProvider loginUris,
                              @ComponentImport PageBuilderService pageBuilder, @ComponentImport I18nResolver i18n,
                              JiraProgramSummaries summaries, ProgramStore programs) {
        this.page = new PageSupport(renderer, loginUris, pageBuilder, i18n, summaries);
        this.programs = programs;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!page.requireLogin(req, resp)) {
            return;
        }
        int startAt = parseStart(req.getParameter("startAt"));
        Page<Program> list = programs.list(new PageRequest(startAt, PageRequest.MAX_RESULTS_CAP));
        page.render(req, resp, HttpServletResponse.SC_OK, TEMPLATE, Map.of(
                "programs", list.values().stream()
                        .map(p -> new ProgramRow(p, page.summaries().visibleProjectKeys(p))).toList(),
                "total", list.total(),
                "startAt", list.startAt(),
                "nextStart", list.isLast() ? -1 : list.startAt() + list.maxResults(),
                "previousStart", list.startAt() == 0 ? -1 : Math.max(0, list.startAt() - list.maxResults())));
    }

    private static int parseStart(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
