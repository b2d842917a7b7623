package io.programoffice.core.scheme;

/** Where a scheme's milestones come from: fixVersions of one name across projects, a JQL query, or explicit issues. */
public enum MilestoneSource {
    FIX_VERSION,
    JQL,
    EXPLICIT
}
