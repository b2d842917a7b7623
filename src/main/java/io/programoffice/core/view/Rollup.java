package io.programoffice.core.view;

/**
 * What a group (or the whole view) adds up to. Immutable.
 *
 * @param issues       issues counted
 * @param done         of those, issues in the "done" status category
 * @param estimate     sum of the estimates of the issues that have one
 * @param estimateDone sum of the estimates of the done issues that have one
 * @param estimated    issues that have an estimate
 */
public record Rollup(int issues, int done, double estimate, double estimateDone, int estimated) {
    /** Nothing counted. */
    public static final Rollup EMPTY = new Rollup(0, 0, 0, 0, 0);

    public Rollup {
        if (issues < 0 || done < 0 || done > issues || estimated < 0 || estimated > issues) {
            throw new IllegalArgumentException("inconsistent rollup: issues " + issues + ", done " + done
                    + ", estimated " + estimated);
        }
    }

    /** Done issues as a whole percentage of the issues, rounded down (100 only when all are done); 0 when empty. */
    public int percentDone() {
        return issues == 0 ? 0 : (int) (100L * done / issues);
    }

    /**
     * The estimate of the done issues as a whole percentage of the estimate, rounded down; {@code null} when no
     * issue has an estimate or the estimates add up to 0.
     */
    public Integer percentDoneByEstimate() {
        if (estimated == 0 || estimate <= 0) {
            return null;
        }
        return (int) Math.min(100, Math.floor(100.0 * estimateDone / estimate + 1e-9));
    }
}
