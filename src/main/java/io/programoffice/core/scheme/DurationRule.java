package io.programoffice.core.scheme;

/**
 * How a scheme turns an issue's estimate into remaining working days for scheduling (critical path, forecasts):
 * {@code estimate × workingDaysPerUnit}, {@code defaultWorkingDays} for unestimated work, and none for done work.
 * The unit is the scheme's {@link EstimateSource}: a story point, an hour of original estimate, or one issue.
 *
 * @param workingDaysPerUnit working days one unit of estimate takes, more than 0 and at most {@value #MAX_PER_UNIT}
 * @param defaultWorkingDays working days assumed for an issue without an estimate, 0 to {@value #MAX_DEFAULT}
 */
public record DurationRule(double workingDaysPerUnit, double defaultWorkingDays) {
    /** Most working days one unit may take. */
    public static final int MAX_PER_UNIT = 100;
    /** Most working days assumed for unestimated work. */
    public static final int MAX_DEFAULT = 365;

    public DurationRule {
        if (!(workingDaysPerUnit > 0 && workingDaysPerUnit <= MAX_PER_UNIT)) {
            throw new IllegalArgumentException("working days per unit must be more than 0 and at most "
                    + MAX_PER_UNIT + ": " + workingDaysPerUnit);
        }
        if (!(defaultWorkingDays >= 0 && defaultWorkingDays <= MAX_DEFAULT)) {
            throw new IllegalArgumentException("default working days must be 0 to " + MAX_DEFAULT + ": "
                    + defaultWorkingDays);
        }
    }

    /**
     * What a scheme uses unless it says otherwise: a story point is one working day; an hour of original estimate
     * an eighth of one; an issue counted by number three; unestimated work three working days.
     */
    public static DurationRule defaultFor(EstimateSource.Kind kind) {
        return switch (kind) {
            case STORY_POINTS -> new DurationRule(1, 3);
            case ORIGINAL_ESTIMATE -> new DurationRule(0.125, 3);
            case ISSUE_COUNT -> new DurationRule(3, 3);
        };
    }

    /**
     * Remaining working days of one issue.
     *
     * @param estimate the issue's estimate in the scheme's unit, or null (NaN counts as absent)
     * @param done     whether the issue is done
     */
    public double remainingWorkingDays(Double estimate, boolean done) {
        if (done) {
            return 0;
        }
        if (estimate == null || estimate.isNaN()) {
            return defaultWorkingDays;
        }
        return Math.max(0, estimate) * workingDaysPerUnit;
    }
}
