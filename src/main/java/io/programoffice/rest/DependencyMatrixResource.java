package io.programoffice.rest;

import io.programoffice.core.admin.ProgramAdministration;
import io.programoffice.core.dependency.MatrixQuery;
import io.programoffice.core.dependency.MatrixState;
import io.programoffice.core.dependency.StateCounts;
import io.programoffice.core.dependency.TeamMatrix;
import io.programoffice.core.program.Program;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraDependencyMatrix;
import io.programoffice.rest.dto.DependencyMatrixDto;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A program's team x team dependency matrix ({@code GET /programs/{key}/dependencies/matrix?state=declined,escalated})
 * over the dependencies between its issues the caller may see: rows are the waiting teams, columns the teams they
 * wait on, each cell counted by state, with row, column and grand totals; {@code /export} gives the same as CSV (one
 * line per non-empty cell, each waiting team's total after its cells, then the upstream teams' totals and the grand
 * total). Logged-in callers only (401); unknown program 404; a bad {@code state} 400.
 */
@Path("/programs/{key}/dependencies/matrix")
public class DependencyMatrixResource {
    private final ProgramAdministration programs;
    private final JiraDependencyMatrix matrices;
    private final Callers callers;
    private final ProblemMessages messages;

    @Inject
    public DependencyMatrixResource(Administration administration, JiraDependencyMatrix matrices, Callers callers,
                                    ProblemMessages messages) {
        this.programs = administration.programs();
        this.matrices = matrices;
        this.callers = callers;
        this.messages = messages;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DependencyMatrixDto matrix(@PathParam("key") String key, @Context UriInfo uri) {
        callers.require();
        Program program = programs.get(key);
        MatrixQuery query = MatrixQuery.parse(uri.getQueryParameters());
        return DependencyMatrixDto.of(program.key(), query, matrices.matrix(program).count(query));
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("key") String key, @Context UriInfo uri) {
        callers.require();
        Program program = programs.get(key);
        MatrixQuery query = MatrixQuery.parse(uri.getQueryParameters());
        TeamMatrix m = matrices.matrix(program).count(query);
        String all = messages.text("program-office.matrix.csv.all");
        List<String> header = new ArrayList<>(List.of(messages.text("program-office.matrix.csv.dependentTeam"),
                messages.text("program-office.matrix.csv.upstreamTeam"), messages.text("program-office.matrix.total")));
        for (MatrixState s : MatrixState.values()) {
            header.add(messages.text("program-office.matrix.state." + s.wireName()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < m.teams().size(); r++) {
            for (int c = 0; c < m.teams().size(); c++) {
                if (m.cells().get(r).get(c).total() > 0) {
                    rows.add(row(m.teams().get(r), m.teams().get(c), m.cells().get(r).get(c)));
                }
            }
            rows.add(row(m.teams().get(r), all, m.rowTotals().get(r)));
        }
        for (int c = 0; c < m.teams().size(); c++) {
            rows.add(row(all, m.teams().get(c), m.columnTotals().get(c)));
        }
        rows.add(row(all, all, m.total()));
        return CsvExport.table(program.key() + "-dependency-matrix.csv", header, rows);
    }

    private static List<String> row(String dependent, String upstream, StateCounts counts) {
        List<String> row = new ArrayList<>(List.of(dependent, upstream, Integer.toString(counts.total())));
        for (MatrixState s : MatrixState.values()) {
            row.add(Integer.toString(counts.count(s)));
        }
        return row;
    }
}
