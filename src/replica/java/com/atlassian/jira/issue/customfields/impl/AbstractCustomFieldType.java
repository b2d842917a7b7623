package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.HashMap;
import java.util.Map;

/**
 * Compile-only replica of Jira 11.3's AbstractCustomFieldType: signatures only, no behaviour (Jira's answers a
 * mutable map of its own parameters, which subclasses add to; this one an empty mutable map); never shipped.
 */
// type: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.java
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.java
    public AbstractCustomFieldType() {
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.java ; overridden (calling super) by plugins built against Jira 8.13.1 and 9.4.15
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        return new HashMap<>();
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.java (Jira answers its module descriptor's complete key)
    @Override
    public String getKey() {
        throw new UnsupportedOperationException("replica");
    }
}
