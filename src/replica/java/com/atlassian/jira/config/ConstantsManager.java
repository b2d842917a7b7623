package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/** Compile-only replica of Jira 11.3's ConstantsManager: signatures only, no behaviour; never shipped. */
// type and member: https://docs.atlassian.com/jira/latest/com/atlassian/jira/config/ConstantsManager.html
// (@PublicApi; "Collection<IssueType> getAllIssueTypeObjects() Returns a list of IssueTypes"; called the same way
// by public plugins through ComponentAccessor.getConstantsManager(); not in the reference list)
public interface ConstantsManager {
    Collection<IssueType> getAllIssueTypeObjects();
}
