package io.programoffice.web;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.milestone.Milestones;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.JiraProgramReleases;
import io.programoffice.web.model.ProgramPageView;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * One program ({@code /plugins/servlet/program-office/program?key=KEY}): its issue count for the viewer, per project
 * and per status category, and its releases. With {@code &tab=views}, the Views tab: a shell that
 * {@code program-office-views.js} fills from the program views REST API (groups, rollups, saved views, exports).
 * With {@code &tab=dependencies}, the Dependencies tab: a shell that {@code program-office-dependencies.js} fills
 * from the dependency analysis and graph REST API with the bundled graph library. An unknown key gets a 404 page.
 * With {@code &tab=matrix}, the Team matrix tab: a shell that {@code program-office-matrix.js} fills from the
 * dependency matrix REST API. With {@code &tab=milestones}, the Milestones tab: a shell that
 * {@code program-office-milestones.js} fills from the milestones and baselines REST API, drawing the timeline and
 * burnup with the bundled chart library. With {@code &tab=risks}, the Risks tab: a shell that
 * {@code program-office-risks.js} fills from the suggested risks REST API. An unknown key gets a 404 page.
 */
public class ProgramPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/programs/program-page.vm";
    static final String NOT_FOUND_TEMPLATE = "templates/programs/program-not-found.vm";
    static final String VIEWS_TEMPLATE = "templates/programs/program-views.vm";
    static final String DEPENDENCIES_TEMPLATE = "templates/programs/program-dependencies.vm";
    static final String MATRIX_TEMPLATE = "templates/programs/program-matrix.vm";
    static final String MILESTONES_TEMPLATE = "templates/programs/program-milestones.vm";
    static final String RISKS_TEMPLATE = "templates/programs/program-risks.vm";

    private final transient Pages page;
    private final transient ProgramStore programs;
    private final transient JiraProgramReleases releases;

    @Inject
    public ProgramPageServlet(Pages page, JiraProgramReleases releases, ProgramStore programs) {
        this.page = page;
        this.programs = programs;
        this.releases = releases;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Actor> actor = page.requireLogin(req, resp);
        if (actor.isEmpty()) {
            return;
        }
        String key = req.getParameter("key");
        Optional<Program> program = key == null ? Optional.empty() : programs.find(key);
        if (program.isEmpty()) {
            page.render(req, resp, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND_TEMPLATE,
                    Map.of("requestedKey", key == null ? "" : key));
            return;
        }
        if ("views".equals(req.getParameter("tab"))) {
            page.renderWith(req, resp, Pages.VIEW_RESOURCES, VIEWS_TEMPLATE, Map.of("programKey", program.get().key(),
                    "programName", program.get().name(),
                    "canEdit", ProgramAdministration.mayChange(actor.get(), program.get())));
            return;
        }
        if ("dependencies".equals(req.getParameter("tab"))) {
            page.renderWith(req, resp, Pages.GRAPH_RESOURCES, DEPENDENCIES_TEMPLATE, Map.of("programKey",
                    program.get().key(), "programName", program.get().name(),
                    "canEdit", ProgramAdministration.mayChange(actor.get(), program.get())));
            return;
        }
        if ("matrix".equals(req.getParameter("tab"))) {
            page.renderWith(req, resp, Pages.MATRIX_RESOURCES, MATRIX_TEMPLATE, Map.of("programKey",
                    program.get().key(), "programName", program.get().name(),
                    "canEdit", ProgramAdministration.mayChange(actor.get(), program.get())));
            return;
        }
        if ("milestones".equals(req.getParameter("tab"))) {
            page.renderWith(req, resp, Pages.MILESTONE_RESOURCES, MILESTONES_TEMPLATE, Map.of("programKey",
                    program.get().key(), "programName", program.get().name(),
                    "canEdit", ProgramAdministration.mayChange(actor.get(), program.get()),
                    "canEditMilestones", Milestones.mayEdit(actor.get(), program.get())));
            return;
        }
        if ("risks".equals(req.getParameter("tab"))) {
            page.renderWith(req, resp, Pages.RISK_RESOURCES, RISKS_TEMPLATE, Map.of("programKey",
                    program.get().key(), "programName", program.get().name(),
                    "canEdit", ProgramAdministration.mayChange(actor.get(), program.get()),
                    "canDismiss", Milestones.mayEdit(actor.get(), program.get())));
            return;
        }
        ProgramPageView view = new ProgramPageView(page.summaries().summarize(program.get()),
                releases.releases(program.get()),
                category -> page.i18n().getText("program-office.status.category." + category.key()));
        page.render(req, resp, HttpServletResponse.SC_OK, TEMPLATE, Map.of("program", view,
                "canEdit", ProgramAdministration.mayChange(actor.get(), program.get())));
    }
}
