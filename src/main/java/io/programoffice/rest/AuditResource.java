package io.programoffice.rest;

import com.atlassian.annotations.security.AdminOnly;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.rest.dto.AuditEntryDto;
import io.programoffice.rest.dto.PageDto;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** The audit trail of program and scheme changes, newest first: Jira administrators only, behind WebSudo. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class AuditResource {
    private final AuditLog audit;
    private final Callers callers;
    private final ProblemMessages messages;

    @Inject
    public AuditResource(AuditLog audit, Callers callers, ProblemMessages messages) {
        this.audit = audit;
        this.callers = callers;
        this.messages = messages;
    }

    @GET
    public PageDto<AuditEntryDto> list(@Context HttpServletRequest request, @QueryParam("startAt") String startAt,
                                       @QueryParam("maxResults") String maxResults) {
        callers.requireAdmin(request);
        return PageDto.of(audit.list(Paging.request(messages, startAt, maxResults)), AuditEntryDto::of);
    }
}
