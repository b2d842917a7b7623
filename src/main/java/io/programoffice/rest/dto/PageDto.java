package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.paging.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list, in Jira's REST shape: {@code startAt}, {@code maxResults}, {@code total}, {@code isLast}, {@code values}. */
@JsonPropertyOrder({"startAt", "maxResults", "total", "isLast", "values"})
public record PageDto<T>(int startAt, int maxResults, long total, boolean isLast, List<T> values) {
    public static <C, T> PageDto<T> of(Page<C> page, Function<C, T> toDto) {
        return new PageDto<>(page.startAt(), page.maxResults(), page.total(), page.isLast(),
                page.values().stream().map(toDto).toList());
    }
}
