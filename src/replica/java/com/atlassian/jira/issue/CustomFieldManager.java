package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

/** Compile-only replica of Jira 11.3's CustomFieldManager: signatures only, no behaviour; never shipped. */
public interface CustomFieldManager {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/CustomFieldManager.java ; called by codescape/jira-scrum-poker (Jira 11.3.1)
    List<CustomField> getCustomFieldObjects();

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/CustomFieldManager.java ; called by codescape/jira-scrum-poker (Jira 11.3.1)
    CustomField getCustomFieldObject(String id);
}
