package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.Map;

/**
 * Compile-only replica of Jira 11.3's CustomFieldType: signatures only, no behaviour; never shipped. The real type
 * has many more members, which Jira's abstract field types implement and the plugin neither calls nor overrides.
 * {@code T}: the transport object of an issue's value; {@code S}: one element of it (the same for single values).
 */
// type: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/CustomFieldType.java ; implemented through AbstractSingleFieldType / CalculatedCFType by plugins built against Jira 8.13.1 and 9.4.15 (docs/research/risk-fields.md, section 2)
public interface CustomFieldType<T, S> {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/CustomFieldType.java
    S getSingularObjectFromString(String string) throws FieldValidationException;

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/CustomFieldType.java
    String getStringFromSingularObject(S singularObject);

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/CustomFieldType.java
    T getValueFromIssue(CustomField field, Issue issue);

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/CustomFieldType.java
    Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem);

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/CustomFieldType.java ; the complete module key, e.g. com.atlassian.jira.plugin.system.customfieldtypes:float
    String getKey();
}
