package io.programoffice.rest.errors;

import io.programoffice.jira.IssueSearchException;
import io.programoffice.rest.dto.ErrorCollectionDto;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Jira search the plugin relies on failed: logged with the query, answered 500 without it, in Jira's shape. */
@Provider
public class IssueSearchExceptionMapper implements ExceptionMapper<IssueSearchException> {
    private static final Logger LOG = LoggerFactory.getLogger(IssueSearchExceptionMapper.class);

    @Override
    public Response toResponse(IssueSearchException e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("Program Office issue search failed (reference {})", reference, e);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollectionDto.message("Jira could not count the program's issues. The Jira log has "
                        + "the details under reference " + reference + ".")).build();
    }
}
