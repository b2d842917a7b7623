package io.programoffice.core.index;

import io.programoffice.core.program.StatusCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the program index keeps of one Jira issue, as the Jira adapters hand it over.
 *
 * <p>Immutable and validated on construction, so the index never holds a half-valid issue:
 * <ul>
 *   <li>ids are positive; {@code key} is {@code projectKey-N} with {@code N} a positive {@code int} (Jira keeps an
 *       issue's key in its current project);</li>
 *   <li>{@code issueType} and {@code status} are not blank; {@code category} is {@code null} for Jira's
 *       "undefined" status category;</li>
 *   <li>{@code resolutionDate}, {@code assignee}, {@code parentId}, {@code estimate}, {@code team} and
 *       {@code securityLevelId} are {@code null} when absent; present ones are not blank, positive (ids) or finite
 *       (estimate), and an issue is not its own parent;</li>
 *   <li>lists are copied; {@code fixVersions} and {@code components} keep their order and hold no blank value;</li>
 *   <li>{@code links} are sorted by link id, with no link id twice and no link to the issue itself (Jira refuses
 *       those).</li>
 * </ul>
 *
 * @param id Jira's issue id
 * @param key the issue key, e.g. {@code APP-123}
 * @param projectKey the key of the issue's project, e.g. {@code APP}
 * @param issueType the issue type's name
 * @param status the status's name
 * @param category the status's category, {@code null} for "undefined"
 * @param resolutionDate the day it was resolved, or {@code null}
 * @param createdMillis creation time, epoch milliseconds
 * @param updatedMillis last update time, epoch milliseconds
 * @param fixVersions fix version names
 * @param components component names
 * @param assignee the assignee's user key, or {@code null}
 * @param parentId the parent's or epic's issue id, or {@code null}
 * @param estimate the estimate (story points or hours, per the program scheme), or {@code null}
 * @param team the team's name or id, or {@code null}
 * @param securityLevelId the issue security level's id, or {@code null}
 * @param links the issue's links, both directions
 * @param dueDate the issue's due date, or {@code null}
 * @param risk the issue's risk values when its type is a risk type of the index's scope, else {@code null}
 */
public record IssueRecord(
        long id,
        String key,
        String projectKey,
        String issueType,
        String status,
        StatusCategory category,
        LocalDate resolutionDate,
        long createdMillis,
        long updatedMillis,
        List<String> fixVersions,
        List<String> components,
        String assignee,
        Long parentId,
        Double estimate,
        String team,
        Long securityLevelId,
        List<LinkRecord> links,
        LocalDate dueDate,
        RiskValues risk) {

    /** Earliest and latest resolution days the index can hold (its column is an {@code int} epoch day). */
    static final long MIN_EPOCH_DAY = Integer.MIN_VALUE + 1L;

    public IssueRecord {
        if (id <= 0) {
            throw new IllegalArgumentException("issue id must be positive: " + id);
        }
        projectKey = required(id, "project key", projectKey);
        key = required(id, "key", key);
        issueNumber(id, key, projectKey);
        issueType = required(id, "issue type", issueType);
        status = required(id, "status", status);
        if (resolutionDate != null) {
            long day = resolutionDate.toEpochDay();
            if (day < MIN_EPOCH_DAY || day > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(key + ": resolution date out of range: " + resolutionDate);
            }
        }
        if (dueDate != null) {
            long day = dueDate.toEpochDay();
            if (day < MIN_EPOCH_DAY || day > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(key + ": due date out of range: " + dueDate);
            }
        }
        fixVersions = values(key, "fix version", fixVersions);
        components = values(key, "component", components);
        assignee = optional(key, "assignee", assignee);
        if (parentId != null && (parentId <= 0 || parentId == id)) {
            throw new IllegalArgumentException(key + ": parent id must be positive and not the issue itself: " + parentId);
        }
        if (estimate != null && !Double.isFinite(estimate)) {
            throw new IllegalArgumentException(key + ": estimate must be a finite number: " + estimate);
        }
        team = optional(key, "team", team);
        if (securityLevelId != null && securityLevelId <= 0) {
            throw new IllegalArgumentException(key + ": security level id must be positive: " + securityLevelId);
        }
        links = sortedLinks(id, key, links);
    }

    /** An issue without a due date (see the canonical constructor). */
    public IssueRecord(long id, String key, String projectKey, String issueType, String status,
                       StatusCategory category, LocalDate resolutionDate, long createdMillis, long updatedMillis,
                       List<String> fixVersions, List<String> components, String assignee, Long parentId,
                       Double estimate, String team, Long securityLevelId, List<LinkRecord> links) {
        this(id, key, projectKey, issueType, status, category, resolutionDate, createdMillis, updatedMillis,
                fixVersions, components, assignee, parentId, estimate, team, securityLevelId, links, null, null);
    }

    /** An issue that is no risk (see the canonical constructor). */
    public IssueRecord(long id, String key, String projectKey, String issueType, String status,
                       StatusCategory category, LocalDate resolutionDate, long createdMillis, long updatedMillis,
                       List<String> fixVersions, List<String> components, String assignee, Long parentId,
                       Double estimate, String team, Long securityLevelId, List<LinkRecord> links, LocalDate dueDate) {
        this(id, key, projectKey, issueType, status, category, resolutionDate, createdMillis, updatedMillis,
                fixVersions, components, assignee, parentId, estimate, team, securityLevelId, links, dueDate, null);
    }

    /** The number in the key ({@code 123} for {@code APP-123}). */
    public int issueNumber() {
        return issueNumber(id, key, projectKey);
    }

    /** This record with other links (validated and sorted as the constructor does). */
    public IssueRecord withLinks(List<LinkRecord> newLinks) {
        return new IssueRecord(id, key, projectKey, issueType, status, category, resolutionDate, createdMillis,
                updatedMillis, fixVersions, components, assignee, parentId, estimate, team, securityLevelId, newLinks,
                dueDate, risk);
    }

    /** Position of the link with this id in {@link #links()}, or a negative number; O(log links). */
    int indexOfLink(long linkId) {
        int lo = 0;
        int hi = links.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = links.get(mid).linkId();
            if (v < linkId) {
                lo = mid + 1;
            } else if (v > linkId) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private static int issueNumber(long id, String key, String projectKey) {
        int dash = projectKey.length();
        if (key.length() <= dash + 1 || !key.startsWith(projectKey) || key.charAt(dash) != '-') {
            throw new IllegalArgumentException("issue " + id + ": key " + key + " is not in project " + projectKey);
        }
        int n = 0;
        for (int i = dash + 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9' || n > (Integer.MAX_VALUE - (c - '0')) / 10) {
                throw new IllegalArgumentException("issue " + id + ": key " + key + " does not end in an issue number");
            }
            n = n * 10 + (c - '0');
        }
        if (n == 0) {
            throw new IllegalArgumentException("issue " + id + ": key " + key + " does not end in an issue number");
        }
        return n;
    }

    private static String required(long id, String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("issue " + id + ": " + what + " is required");
        }
        return value;
    }

    private static String optional(String key, String what, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(key + ": " + what + " must be absent (null) or not blank");
        }
        return value;
    }

    private static List<String> values(String key, String what, List<String> values) {
        if (values == null) {
            throw new IllegalArgumentException(key + ": " + what + " list is required (empty when none)");
        }
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(key + ": a " + what + " name is blank");
            }
        }
        return List.copyOf(values);
    }

    private static List<LinkRecord> sortedLinks(long id, String key, List<LinkRecord> links) {
        if (links == null) {
            throw new IllegalArgumentException(key + ": link list is required (empty when none)");
        }
        List<LinkRecord> sorted = new ArrayList<>(links.size());
        for (LinkRecord l : links) {
            if (l == null) {
                throw new IllegalArgumentException(key + ": a link is null");
            }
            if (l.otherIssueId() == id) {
                throw new IllegalArgumentException(key + ": link " + l.linkId() + " links the issue to itself");
            }
            sorted.add(l);
        }
        sorted.sort(Comparator.comparingLong(LinkRecord::linkId));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).linkId() == sorted.get(i - 1).linkId()) {
                throw new IllegalArgumentException(key + ": link " + sorted.get(i).linkId() + " is listed twice");
            }
        }
        return List.copyOf(sorted);
    }
}
