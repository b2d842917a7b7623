package io.programoffice.rest;

import io.programoffice.core.paging.PageRequest;
import io.programoffice.rest.dto.ErrorCollectionDto;
import io.programoffice.rest.errors.ProblemMessages;
import io.programoffice.rest.errors.RestException;

/** Reads {@code startAt}/{@code maxResults} query parameters, answering 400 with the field for bad ones. */
final class Paging {
    private Paging() {
    }

    static PageRequest request(ProblemMessages messages, String startAt, String maxResults) {
        Integer start = integer(messages, "startAt", startAt);
        Integer max = integer(messages, "maxResults", maxResults);
        if (start != null && start < 0) {
            throw bad("startAt", messages.text("program-office.rest.error.startAt"));
        }
        if (max != null && (max < 1 || max > PageRequest.MAX_RESULTS_CAP)) {
            throw bad("maxResults", messages.text("program-office.rest.error.maxResults", PageRequest.MAX_RESULTS_CAP));
        }
        return PageRequest.of(start, max);
    }

    /** A required whole-number query parameter such as {@code version}. */
    static int required(ProblemMessages messages, String name, String value) {
        Integer parsed = integer(messages, name, value);
        if (parsed == null) {
            throw bad(name, messages.text("program-office.rest.error.required", name));
        }
        return parsed;
    }

    static Integer integer(ProblemMessages messages, String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw bad(name, messages.text("program-office.rest.error.not.a.number", name, value));
        }
    }

    static RestException bad(String field, String message) {
        return new RestException(400, ErrorCollectionDto.field(field, message));
    }
}
