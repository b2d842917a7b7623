package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** Jira's error shape: general messages plus messages per request field. */
@JsonPropertyOrder({"errorMessages", "errors"})
public record ErrorCollectionDto(List<String> errorMessages, Map<String, String> errors) {
    public ErrorCollectionDto {
        errorMessages = List.copyOf(errorMessages);
        errors = Map.copyOf(errors);
    }

    public static ErrorCollectionDto message(String message) {
        return new ErrorCollectionDto(List.of(message), Map.of());
    }

    public static ErrorCollectionDto field(String field, String message) {
        return new ErrorCollectionDto(List.of(), Map.of(field, message));
    }
}
