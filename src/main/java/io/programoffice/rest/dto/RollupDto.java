package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.view.Rollup;

/**
 * A group's or a view's rollup: {@code {"issues","done","estimate","estimateDone","percentDone",
 * "percentDoneByEstimate"}}; percentages are whole numbers rounded down, {@code percentDoneByEstimate} is
 * {@code null} when no issue has an estimate.
 */
@JsonPropertyOrder({"issues", "done", "estimate", "estimateDone", "percentDone", "percentDoneByEstimate"})
public record RollupDto(int issues, int done, double estimate, double estimateDone, int percentDone,
                        Integer percentDoneByEstimate) {
    public static RollupDto of(Rollup r) {
        return new RollupDto(r.issues(), r.done(), r.estimate(), r.estimateDone(), r.percentDone(),
                r.percentDoneByEstimate());
    }
}
