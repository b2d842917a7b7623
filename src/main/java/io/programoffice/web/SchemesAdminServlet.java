package io.programoffice.web;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeStore;
import io.programoffice.web.model.SchemeRow;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Administration → Program Office → Program schemes: the list, with create, edit, export and import. */
public class SchemesAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/admin/schemes.vm";
    private static final int MAX_LISTED = 1000;

    private final transient Pages pages;
    private final transient SchemeStore schemes;
    private final transient ProgramStore programs;

    @Inject
    public SchemesAdminServlet(Pages pages, SchemeStore schemes, ProgramStore programs) {
        this.pages = pages;
        this.schemes = schemes;
        this.programs = programs;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (pages.requireAdmin(req, resp).isEmpty()) {
            return;
        }
        List<SchemeRow> rows = new ArrayList<>();
        for (int start = 0; start < MAX_LISTED; start += PageRequest.MAX_RESULTS_CAP) {
            Page<ProgramScheme> page = schemes.list(new PageRequest(start, PageRequest.MAX_RESULTS_CAP));
            page.values().forEach(s -> rows.add(new SchemeRow(s, programs.countUsingScheme(s.id()))));
            if (page.isLast()) {
                break;
            }
        }
        pages.renderForm(req, resp, TEMPLATE, Map.of("schemes", rows));
    }
}
