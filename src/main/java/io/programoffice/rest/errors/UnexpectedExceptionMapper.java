package io.programoffice.rest.errors;

import io.programoffice.rest.dto.ErrorCollectionDto;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no other mapper handles: logged with a reference, answered 500 in Jira's error shape with that reference
 * and nothing internal (no stack trace, SQL or query text).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("Program Office REST call failed (reference {})", reference, e);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollectionDto.message("Program Office could not complete the request. The Jira log has "
                        + "the details under reference " + reference + ".")).build();
    }
}
