package io.programoffice.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.programoffice.rest.dto.ErrorCollectionDto;
import io.programoffice.rest.errors.ProblemMessages;
import io.programoffice.rest.errors.RestException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly, whatever the host's JSON provider is configured to do: the body must be JSON, at
 * most {@link #MAX_BODY} characters, and hold no unknown fields; every failure is a 400 in Jira's error shape naming
 * the field. Thread-safe.
 */
@Named
public class RequestBodies {
    /** The largest body accepted (1 MiB of text). */
    public static final int MAX_BODY = 1 << 20;
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final ProblemMessages messages;

    @Inject
    public RequestBodies(ProblemMessages messages) {
        this.messages = messages;
    }

    public <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw bad(ErrorCollectionDto.message(messages.text("program-office.rest.error.body.missing")));
        }
        if (body.length() > MAX_BODY) {
            throw bad(ErrorCollectionDto.message(messages.text("program-office.rest.error.body.size", MAX_BODY)));
        }
        try {
            T value = STRICT.readValue(body, type);
            if (value == null) {
                throw bad(ErrorCollectionDto.message(messages.text("program-office.rest.error.body.missing")));
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw bad(ErrorCollectionDto.field(path(e), messages.text("program-office.rest.error.body.unknown.field",
                    e.getPropertyName())));
        } catch (MismatchedInputException e) {
            String path = path(e);
            if (path.isEmpty()) {
                throw bad(ErrorCollectionDto.message(messages.text("program-office.rest.error.body.shape")));
            }
            throw bad(ErrorCollectionDto.field(path, messages.text("program-office.rest.error.body.type")));
        } catch (JsonMappingException e) {
            String path = path(e);
            if (!path.isEmpty()) {
                throw bad(ErrorCollectionDto.field(path, messages.text("program-office.rest.error.body.type")));
            }
            throw bad(ErrorCollectionDto.message(messages.text("program-office.rest.error.body.json",
                    e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw bad(ErrorCollectionDto.message(messages.text("program-office.rest.error.body.json",
                    e.getOriginalMessage())));
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static RestException bad(ErrorCollectionDto body) {
        return new RestException(400, body);
    }
}
