package io.programoffice.rest;

import io.programoffice.core.view.ProgramView;
import io.programoffice.core.view.Rollup;
import io.programoffice.core.view.ViewGroup;
import io.programoffice.core.view.ViewIssue;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV downloads (RFC 4180, UTF-8 with a byte order mark so spreadsheets read it as UTF-8) of a view's grouped rows,
 * of an issue list and of any table (the team dependency matrix). Text that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe. Stateless.
 */
final class CsvExport {
    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private CsvExport() {
    }

    /** A cell that no spreadsheet evaluates: formula-like text gets a leading apostrophe; null becomes empty. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * One row per group (a second-level group repeats its parent's label), then the total: the group columns, then
     * issues, done, estimate, estimate done, % done, % done by estimate.
     */
    static Response view(String fileName, ProgramView view, ViewLabels labels, List<String> rollupHeaders,
                         String totalLabel) {
        List<String> header = new ArrayList<>();
        view.query().groupBy().forEach(f -> header.add(labels.field(f)));
        header.addAll(rollupHeaders);
        List<List<String>> rows = new ArrayList<>();
        int levels = view.query().groupBy().size();
        for (ViewGroup g : view.groups()) {
            rows.add(row(List.of(labels.label(g)), levels, g.rollup()));
            for (ViewGroup inner : g.groups()) {
                rows.add(row(List.of(labels.label(g), labels.label(inner)), levels, inner.rollup()));
            }
        }
        rows.add(row(List.of(totalLabel), Math.max(1, levels), view.total()));
        return download(fileName, header, rows);
    }

    private static List<String> row(List<String> labels, int levels, Rollup r) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            row.add(i < labels.size() ? cell(labels.get(i)) : "");
        }
        row.add(Integer.toString(r.issues()));
        row.add(Integer.toString(r.done()));
        row.add(number(r.estimate()));
        row.add(number(r.estimateDone()));
        row.add(Integer.toString(r.percentDone()));
        row.add(r.percentDoneByEstimate() == null ? "" : Integer.toString(r.percentDoneByEstimate()));
        return row;
    }

    /**
     * One row per issue: key, summary, project, type, status, status category, assignee, team, fix versions,
     * estimate.
     */
    static Response issues(String fileName, List<String> header, List<ViewIssue> issues,
                           Function<ViewIssue, String> category, Function<ViewIssue, String> summary,
                           Function<ViewIssue, String> assignee) {
        List<List<String>> rows = new ArrayList<>(issues.size());
        for (ViewIssue i : issues) {
            rows.add(List.of(cell(i.key()), cell(summary.apply(i)), cell(i.project()), cell(i.type()),
                    cell(i.status()), cell(category.apply(i)), cell(assignee.apply(i)), cell(i.team()),
                    cell(String.join(", ", i.fixVersions())),
                    i.estimate() == null ? "" : number(i.estimate())));
        }
        return download(fileName, header, rows);
    }

    /** Any table: the header and every text cell neutralised as {@link #cell} does. */
    static Response table(String fileName, List<String> header, List<List<String>> rows) {
        return download(fileName, header, rows.stream().map(r -> r.stream().map(CsvExport::cell).toList()).toList());
    }

    private static Response download(String fileName, List<String> header, List<List<String>> rows) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                csv.printRecord(header.stream().map(CsvExport::cell).toList());
                for (List<String> row : rows) {
                    csv.printRecord(row);
                }
            }
        };
        return Response.ok(body, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
