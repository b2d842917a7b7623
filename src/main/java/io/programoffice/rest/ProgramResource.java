package io.programoffice.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.JiraProgramReleases;
import io.programoffice.jira.JiraProgramSummaries;
import io.programoffice.rest.dto.ErrorCollectionDto;
import io.programoffice.rest.dto.PageDto;
import io.programoffice.rest.dto.ProgramReleasesDto;
import io.programoffice.rest.dto.ProgramDto;
import io.programoffice.rest.dto.ProgramSummaryDto;
import io.programoffice.rest.errors.RestException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Programs: {@code GET /programs} (paged), {@code GET /programs/{key}/summary} and
 * {@code GET /programs/{key}/releases}. Every call needs a logged-in
 * user (401 otherwise); summaries count only issues the caller may browse.
 */
@Path("/programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {
    private final ProgramStore programs;
    private final JiraProgramSummaries summaries;
    private final JiraProgramReleases releases;
    private final I18nResolver i18n;

    @Inject
    public ProgramResource(ProgramStore programs, JiraProgramSummaries summaries, JiraProgramReleases releases,
                           @ComponentImport I18nResolver i18n) {
        this.programs = programs;
        this.summaries = summaries;
        this.releases = releases;
        this.i18n = i18n;
    }

    @GET
    public PageDto<ProgramDto> list(@QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        requireViewer();
        PageRequest request = pageRequest(startAt, maxResults);
        return PageDto.of(programs.list(request), p -> ProgramDto.of(p, summaries.visibleProjectKeys(p)));
    }

    @GET
    @Path("/{key}/summary")
    public ProgramSummaryDto summary(@PathParam("key") String key) {
        requireViewer();
        return ProgramSummaryDto.of(summaries.summarize(program(key)));
    }

    @GET
    @Path("/{key}/releases")
    public ProgramReleasesDto releases(@PathParam("key") String key) {
        requireViewer();
        Program program = program(key);
        return ProgramReleasesDto.of(program.key(), releases.releases(program));
    }

    private Program program(String key) {
        return programs.find(key).orElseThrow(() -> new RestException(404,
                ErrorCollectionDto.message(i18n.getText("program-office.rest.error.program.not.found", key))));
    }

    private void requireViewer() {
        if (summaries.currentViewer().isEmpty()) {
            throw new RestException(401, ErrorCollectionDto.message(i18n.getText("program-office.rest.error.login")));
        }
    }

    private PageRequest pageRequest(String startAt, String maxResults) {
        Integer start = integer("startAt", startAt);
        Integer max = integer("maxResults", maxResults);
        if (start != null && start < 0) {
            throw badParameter("startAt", i18n.getText("program-office.rest.error.startAt"));
        }
        if (max != null && (max < 1 || max > PageRequest.MAX_RESULTS_CAP)) {
            throw badParameter("maxResults", i18n.getText("program-office.rest.error.maxResults", PageRequest.MAX_RESULTS_CAP));
        }
        return PageRequest.of(start, max);
    }

    private Integer integer(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw badParameter(name, i18n.getText("program-office.rest.error.not.a.number", name, value));
        }
    }

    private static RestException badParameter(String field, String message) {
        return new RestException(400, ErrorCollectionDto.field(field, message));
    }
}
