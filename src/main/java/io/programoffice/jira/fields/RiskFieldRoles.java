package io.programoffice.jira.fields;

import java.util.Optional;

/**
 * Which custom fields hold the levels of a risk of an issue type, as the program schemes say. Implementations answer
 * from memory in O(1) (the calculated score fields ask once per issue, also during a full reindex) and are
 * thread-safe.
 */
public interface RiskFieldRoles {
    /** The fields of risks of the issue type named {@code issueTypeName} (ignoring case), or empty when it is no risk type. */
    Optional<RiskFieldIds> forIssueType(String issueTypeName);
}
