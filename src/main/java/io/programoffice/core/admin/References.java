package io.programoffice.core.admin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What exists on the host, for validating references when something is saved. Implementations answer for the
 * acting user (a project the user may not browse counts as missing). Thread-safe.
 */
public interface References {
    /** The project keys among {@code keys} that don't exist (or the actor can't browse), in the given order. */
    List<String> missingProjects(Collection<String> keys);

    /** The project keys among {@code keys} that exist but the actor can't browse, in the given order. */
    List<String> hiddenProjects(Collection<String> keys);

    /** The usernames among {@code usernames} that don't exist. */
    List<String> missingUsers(Collection<String> usernames);

    /** Jira's own spelling of the issue link type named {@code name} (matched ignoring case), if it exists. */
    Optional<String> linkTypeName(String name);

    /** The status names among {@code names} that don't exist. */
    List<String> missingStatuses(Collection<String> names);

    /** Jira's own spelling of the issue type named {@code name} (matched ignoring case), if it exists. */
    Optional<String> issueTypeName(String name);

    /** Whether a custom field with this id ({@code customfield_10002}) exists. */
    boolean fieldExists(String fieldId);

    /** What the custom field with this id holds, or empty when there is no such field. */
    Optional<FieldKind> fieldKind(String fieldId);

    /** The host's error for a JQL query it can't parse, or empty when the query is valid. */
    Optional<String> jqlError(String jql);
}
