package io.programoffice.web;

import io.programoffice.core.audit.AuditEntry;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.web.model.AuditRow;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** Administration → Program Office → Audit log: every program and scheme change, newest first, 50 a page. */
public class AuditAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/admin/audit.vm";

    private final transient Pages pages;
    private final transient AuditLog audit;

    @Inject
    public AuditAdminServlet(Pages pages, AuditLog audit) {
        this.pages = pages;
        this.audit = audit;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (pages.requireAdmin(req, resp).isEmpty()) {
            return;
        }
        Page<AuditEntry> page = audit.list(new PageRequest(Pages.startAt(req), PageRequest.DEFAULT_MAX_RESULTS));
        pages.render(req, resp, HttpServletResponse.SC_OK, TEMPLATE, Map.of(
                "entries", page.values().stream().map(AuditRow::new).toList(),
                "nextStart", page.nextStart()));
    }
}
