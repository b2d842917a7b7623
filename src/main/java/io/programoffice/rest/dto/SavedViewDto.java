package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.view.SavedView;

/** A saved view: {@code {"id","name","owner","query","created","canDelete"}}; {@code created} is ISO-8601. */
@JsonPropertyOrder({"id", "name", "owner", "query", "created", "canDelete"})
public record SavedViewDto(long id, String name, String owner, String query, String created, boolean canDelete) {
    public static SavedViewDto of(SavedView v, boolean canDelete) {
        return new SavedViewDto(v.id(), v.name(), v.owner(), v.query().toQueryString(), v.created().toString(),
                canDelete);
    }
}
