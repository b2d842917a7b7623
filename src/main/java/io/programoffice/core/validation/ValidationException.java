package io.programoffice.core.validation;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Input was rejected and nothing was written. Carries the problems per field and general ones (REST answers 400). */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, Problem> fieldProblems;
    private final transient List<Problem> generalProblems;

    public ValidationException(FieldErrors errors) {
        super(errors.fields().isEmpty() ? errors.general().toString() : errors.fields().toString());
        this.fieldProblems = Collections.unmodifiableMap(new LinkedHashMap<>(errors.fields()));
        this.generalProblems = List.copyOf(errors.general());
    }

    /** A single problem with one field. */
    public static ValidationException of(String field, String key, Serializable... arguments) {
        return new ValidationException(new FieldErrors().add(field, key, arguments));
    }

    public Map<String, Problem> fieldProblems() {
        return fieldProblems;
    }

    public List<Problem> generalProblems() {
        return generalProblems;
    }
}
