package io.programoffice.web;

import io.programoffice.core.scheme.SchemeStore;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** Administration: the program scheme editor ({@code ?id=N} edits, no id creates); the form talks to the REST API. */
public class SchemeEditServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/admin/scheme-edit.vm";

    private final transient Pages pages;
    private final transient SchemeStore schemes;

    @Inject
    public SchemeEditServlet(Pages pages, SchemeStore schemes) {
        this.pages = pages;
        this.schemes = schemes;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (pages.requireAdmin(req, resp).isEmpty()) {
            return;
        }
        String id = req.getParameter("id");
        if (id != null && !id.isEmpty()) {
            long parsed;
            try {
                parsed = Long.parseLong(id);
            } catch (NumberFormatException e) {
                parsed = -1;
            }
            if (parsed < 0 || schemes.find(parsed).isEmpty()) {
                pages.render(req, resp, HttpServletResponse.SC_NOT_FOUND, Pages.FORBIDDEN_TEMPLATE,
                        Map.of("message", pages.i18n().getText("program-office.admin.scheme.not.found")));
                return;
            }
        }
        pages.renderForm(req, resp, TEMPLATE, Map.of("schemeId", id == null ? "" : id));
    }
}
