package io.programoffice.web;

import io.programoffice.jira.JiraProgramIndex;
import io.programoffice.web.model.IndexStatusView;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Administration → Program Office → Program index: this node's index (state, issues, links, memory, last event,
 * last reconcile, repairs) and a Rebuild button; the page's script starts the rebuild through the REST API and
 * polls the status while it runs, showing the progress.
 */
public class IndexAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/admin/index.vm";

    private final transient Pages pages;
    private final transient JiraProgramIndex index;

    @Inject
    public IndexAdminServlet(Pages pages, JiraProgramIndex index) {
        this.pages = pages;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (pages.requireAdmin(req, resp).isEmpty()) {
            return;
        }
        pages.renderWith(req, resp, Pages.INDEX_RESOURCES, TEMPLATE,
                Map.of("status", new IndexStatusView(index.status(), index.scope())));
    }
}
