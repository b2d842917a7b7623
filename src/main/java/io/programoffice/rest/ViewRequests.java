package io.programoffice.rest;

import io.programoffice.core.view.ViewQuery;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Reads a view query from a request's query parameters and names the columns views export. Thread-safe. */
@Named
public class ViewRequests {
    /** Most issues one CSV export holds. */
    public static final int EXPORT_LIMIT = 50_000;
    private final ProblemMessages messages;

    @Inject
    public ViewRequests(ProblemMessages messages) {
        this.messages = messages;
    }

    /**
     * The query in the request's parameters ({@link ViewQuery#parse}).
     *
     * @throws io.programoffice.core.validation.ValidationException 400 with a message per bad parameter
     */
    ViewQuery query(UriInfo uri) {
        return ViewQuery.parse(uri.getQueryParameters());
    }

    List<String> rollupColumns() {
        return texts("issues", "done", "estimate", "estimateDone", "percentDone", "percentDoneByEstimate");
    }

    List<String> issueColumns() {
        return texts("key", "summary", "project", "type", "status", "statusCategory", "assignee", "team", "fixVersions",
                "estimate");
    }

    String total() {
        return messages.text("program-office.view.column.total");
    }

    String category(String key) {
        return messages.text("program-office.view.category." + key);
    }

    private List<String> texts(String... columns) {
        return java.util.Arrays.stream(columns).map(c -> messages.text("program-office.view.column." + c)).toList();
    }
}
