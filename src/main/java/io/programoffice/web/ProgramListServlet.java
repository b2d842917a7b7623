package io.programoffice.web;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramFilter;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.JiraProgramSummaries;
import io.programoffice.web.model.ProgramRow;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Programs page ({@code /plugins/servlet/program-office/programs}): active programs, 100 at a time, or archived
 * ones with {@code ?archived=true}; a button to create one.
 */
public class ProgramListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/programs/program-list.vm";

    private final transient Pages pages;
    private final transient ProgramStore programs;

    @Inject
    public ProgramListServlet(Pages pages, ProgramStore programs) {
        this.pages = pages;
        this.programs = programs;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Actor> actor = pages.requireLogin(req, resp);
        if (actor.isEmpty()) {
            return;
        }
        boolean archived = "true".equals(req.getParameter("archived"));
        int startAt = Pages.startAt(req);
        Page<Program> list = programs.list(new ProgramFilter(null, null, archived),
                new PageRequest(startAt, PageRequest.MAX_RESULTS_CAP));
        Predicate<String> browsable = pages.summaries().browsableProjects();
        pages.render(req, resp, HttpServletResponse.SC_OK, TEMPLATE, Map.of(
                "programs", list.values().stream()
                        .map(p -> new ProgramRow(p, JiraProgramSummaries.visibleProjectKeys(p, browsable))).toList(),
                "total", list.total(),
                "archived", archived,
                "startAt", list.startAt(),
                "nextStart", list.nextStart(),
                "previousStart", list.previousStart()));
    }
}
