package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;

/**
 * Compile-only replica of Jira 11.3's AbstractSingleFieldType: signatures only, no behaviour (Jira's stores one value
 * per issue through the persister, in the column {@link #getDatabaseType()} names, and turns a
 * {@link FieldValidationException} of {@code getSingularObjectFromString} into a field error); never shipped. Its
 * {@code log} field (a log4j 1 Logger in 6.3.15; log4j 1 is gone since Jira 10) is deliberately not declared.
 */
// type: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.java ; extended (same constructor, same abstract methods) by a plugin built against Jira 9.4.15 (docs/research/risk-fields.md, source C2C)
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.java
    protected final CustomFieldValuePersister customFieldValuePersister;
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.java
    protected final GenericConfigManager genericConfigManager;

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.java
    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister,
                                      GenericConfigManager genericConfigManager) {
        this.customFieldValuePersister = customFieldValuePersister;
        this.genericConfigManager = genericConfigManager;
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.java
    @Override
    public T getValueFromIssue(CustomField field, Issue issue) {
        throw new UnsupportedOperationException("replica");
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.java
    protected abstract PersistenceFieldType getDatabaseType();

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.java
    protected abstract Object getDbValueFromObject(T customFieldObject);

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.java
    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;
}
