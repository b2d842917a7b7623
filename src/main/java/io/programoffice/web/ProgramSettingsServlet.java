package io.programoffice.web;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Program settings ({@code /plugins/servlet/program-office/program-settings?key=KEY}, or without a key to create
 * one): the form for owners and Jira administrators; anyone else gets a 403 page, an unknown key a 404 page. The
 * form itself talks to the REST API.
 */
public class ProgramSettingsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/programs/program-settings.vm";

    private final transient Pages pages;
    private final transient ProgramStore programs;

    @Inject
    public ProgramSettingsServlet(Pages pages, ProgramStore programs) {
        this.pages = pages;
        this.programs = programs;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Actor> actor = pages.requireLogin(req, resp);
        if (actor.isEmpty()) {
            return;
        }
        String key = req.getParameter("key");
        if (key != null && !key.isEmpty()) {
            Optional<Program> program = programs.find(key);
            if (program.isEmpty()) {
                pages.render(req, resp, HttpServletResponse.SC_NOT_FOUND, ProgramPageServlet.NOT_FOUND_TEMPLATE,
                        Map.of("requestedKey", key));
                return;
            }
            if (!ProgramAdministration.mayChange(actor.get(), program.get())) {
                pages.forbidden(req, resp, "program-office.settings.forbidden");
                return;
            }
        }
        pages.renderForm(req, resp, TEMPLATE, Map.of("programKey", key == null ? "" : key));
    }
}
