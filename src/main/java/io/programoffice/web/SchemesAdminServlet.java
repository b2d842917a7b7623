package io.programoffice.web;

import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.SchemeStore;
import io.programoffice.web.model.SchemeRow;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        List<SchemeRow> rows = schemes.listFirst(MAX_LISTED).stream()
                .map(s -> new SchemeRow(s, programs.countUsingScheme(s.id()))).toList();
        pages.renderForm(req, resp, TEMPLATE, Map.of("schemes", rows));
    }
}
