package io.programoffice.core.validation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One validation problem as an i18n key plus its arguments; the REST and web layers turn it into text in the
 * user's language. Arguments are strings or numbers.
 *
 * @param key       the i18n key, e.g. {@code program-office.error.program.key.format}
 * @param arguments the values for the message's {@code {0}}, {@code {1}}, ...
 */
public record Problem(String key, List<Serializable> arguments) {
    public Problem {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String key, Serializable... arguments) {
        return new Problem(key, Arrays.asList(arguments));
    }

    /** The arguments as an array, as i18n resolvers take them. */
    public Serializable[] argumentArray() {
        return arguments.toArray(Serializable[]::new);
    }
}
