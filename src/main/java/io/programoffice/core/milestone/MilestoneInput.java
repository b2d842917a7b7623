package io.programoffice.core.milestone;

import java.util.List;

/**
 * A milestone as a caller sends it, unvalidated: every field may be missing or malformed ({@link Milestones}
 * checks them all and reports each problem at its field).
 *
 * @param name        1 to {@value Milestones#MAX_NAME} characters
 * @param description up to {@value Milestones#MAX_DESCRIPTION} characters, or null
 * @param targetDate  ISO-8601 ({@code 2027-03-31})
 * @param scopeKind   {@code FIX_VERSION}, {@code JQL} or {@code ISSUES}
 * @param scopeText   the fix version's name or the JQL query
 * @param issueKeys   the issues' keys for {@code ISSUES}
 * @param owner       the owner's username, or null for the caller
 * @param position    its place, or null for after the others
 * @param version     the version edited (updates only)
 */
public record MilestoneInput(String name, String description, String targetDate, String scopeKind, String scopeText,
                             List<String> issueKeys, String owner, Integer position, Integer version) {
}
