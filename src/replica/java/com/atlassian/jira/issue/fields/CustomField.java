package com.atlassian.jira.issue.fields;

/**
 * Compile-only replica of Jira 11.3's CustomField: signatures only, no behaviour; never shipped. The real type
 * reaches Field through NavigableField and OrderableField (among others), which the plugin does not use.
 */
public interface CustomField extends Field {

    // source: signatures.tsv row com.atlassian.jira.issue.fields.CustomField getCustomFieldType()
    com.atlassian.jira.issue.customfields.CustomFieldType getCustomFieldType();
}
