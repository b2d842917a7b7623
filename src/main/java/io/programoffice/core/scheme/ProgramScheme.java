package io.programoffice.core.scheme;

import io.programoffice.core.program.StatusCategory;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A program scheme: configuration shared by programs. Validated on construction; immutable and thread-safe.
 *
 * @param id                   storage id, 0 before it is stored
 * @param version              optimistic-locking version, 0 before it is stored
 * @param name                 1–255 characters
 * @param description          at most {@link #MAX_DESCRIPTION} characters, may be empty
 * @param dependencyLinkTypes  the link types that are dependencies, at most one entry per link type
 * @param doneStatusCategories categories that count as done
 * @param doneStatuses         further status names that count as done
 * @param estimate             where sizes come from
 * @param team                 where teams come from
 * @param milestoneSource      where milestones come from
 * @param calendar             the working calendar
 * @param durations            how estimates become working days
 * @param risks                which issues are risks and where their values live ({@link RiskSource#NONE}: none)
 */
public record ProgramScheme(long id, int version, String name, String description,
                            List<DependencyLinkType> dependencyLinkTypes, Set<StatusCategory> doneStatusCategories,
                            List<String> doneStatuses, EstimateSource estimate, TeamSource team,
                            MilestoneSource milestoneSource, WorkingCalendar calendar, DurationRule durations,
                            RiskSource risks) {
    /** Longest name. */
    public static final int MAX_NAME = 255;
    /** Longest description. */
    public static final int MAX_DESCRIPTION = 4000;

    public ProgramScheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(milestoneSource, "milestoneSource");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(durations, "durations");
        risks = risks == null ? RiskSource.NONE : risks;
        if (name.isBlank() || name.length() > MAX_NAME || description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("scheme name must be 1-255 characters and description at most 4000");
        }
        dependencyLinkTypes = List.copyOf(dependencyLinkTypes);
        if (dependencyLinkTypes.stream().map(DependencyLinkType::linkType).distinct().count() != dependencyLinkTypes.size()) {
            throw new IllegalArgumentException("a link type appears twice");
        }
        doneStatusCategories = doneStatusCategories.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(doneStatusCategories));
        doneStatuses = List.copyOf(doneStatuses);
        if (doneStatusCategories.isEmpty() && doneStatuses.isEmpty()) {
            throw new IllegalArgumentException("a scheme needs a done status category or a done status");
        }
    }

    /** This scheme as stored under {@code newId} at {@code newVersion}. */
    public ProgramScheme withStorage(long newId, int newVersion) {
        return new ProgramScheme(newId, newVersion, name, description, dependencyLinkTypes, doneStatusCategories,
                doneStatuses, estimate, team, milestoneSource, calendar, durations, risks);
    }

    /** The scheme the workbench demo and the upgrade of older data use: Blocks and Dependency as finish-to-start. */
    public static ProgramScheme defaultScheme(String name) {
        return new ProgramScheme(0, 0, name, "", List.of(
                new DependencyLinkType("Blocks", DependencyKind.FS, LinkEnd.DESTINATION, 0)),
                Set.of(StatusCategory.DONE), List.of(), EstimateSource.ISSUE_COUNT, TeamSource.PROJECT,
                MilestoneSource.FIX_VERSION, WorkingCalendar.WEEKDAYS,
                DurationRule.defaultFor(EstimateSource.Kind.ISSUE_COUNT), RiskSource.NONE);
    }
}
