package io.programoffice.core.scheme;

import java.util.Arrays;
import java.util.Optional;

/** How a dependency constrains its dependent: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
public enum DependencyKind {
    /** The dependent starts after the other finishes (the usual "blocked by"). */
    FS,
    /** The dependent starts after the other starts. */
    SS,
    /** The dependent finishes after the other finishes. */
    FF,
    /** The dependent finishes after the other starts. */
    SF;

    /** The kind named {@code code} ({@code FS}, {@code SS}, {@code FF}, {@code SF}; any case). */
    public static Optional<DependencyKind> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(code)).findFirst();
    }
}
