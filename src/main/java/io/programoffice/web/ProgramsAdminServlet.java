package io.programoffice.web;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeStore;
import io.programoffice.web.model.AdminProgramRow;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Administration → Program Office → Programs: every program (active and archived), with owners and scheme, 100 a page. */
public class ProgramsAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/admin/programs.vm";

    private final transient Pages pages;
    private final transient ProgramStore programs;
    private final transient SchemeStore schemes;

    @Inject
    public ProgramsAdminServlet(Pages pages, ProgramStore programs, SchemeStore schemes) {
        this.pages = pages;
        this.programs = programs;
        this.schemes = schemes;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (pages.requireAdmin(req, resp).isEmpty()) {
            return;
        }
        Page<Program> page = programs.list(new PageRequest(Pages.startAt(req), PageRequest.MAX_RESULTS_CAP));
        Map<Long, String> schemeNames = new HashMap<>();
        pages.render(req, resp, HttpServletResponse.SC_OK, TEMPLATE, Map.of(
                "programs", page.values().stream().map(p -> new AdminProgramRow(p, schemeNames.computeIfAbsent(
                        p.schemeId(), id -> schemes.find(id).map(ProgramScheme::name).orElse(String.valueOf(id)))))
                        .toList(),
                "total", page.total(),
                "nextStart", page.nextStart(),
                "previousStart", page.previousStart()));
    }
}
