package io.programoffice.core.admin;

import java.util.Objects;

/**
 * Something a form can pick from the host: its id or key, its name, and a detail line (may be empty).
 *
 * @param id     the value stored (a link type name, a field id, a project key, ...)
 * @param name   what people read
 * @param detail a hint such as a link type's "blocks / is blocked by"
 */
public record Choice(String id, String name, String detail) {
    public Choice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        detail = detail == null ? "" : detail;
    }
}
