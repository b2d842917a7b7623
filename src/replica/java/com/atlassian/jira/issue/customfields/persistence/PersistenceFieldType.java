package com.atlassian.jira.issue.customfields.persistence;

/** Compile-only replica of Jira 11.3's PersistenceFieldType: the two constants the plugin uses; never shipped. */
// type: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/persistence/PersistenceFieldType.java
public final class PersistenceFieldType {
    /** Up to 255 characters. */
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/persistence/PersistenceFieldType.java
    public static final PersistenceFieldType TYPE_LIMITED_TEXT = new PersistenceFieldType();
    /** A number (Double). */
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/persistence/PersistenceFieldType.java
    public static final PersistenceFieldType TYPE_DECIMAL = new PersistenceFieldType();

    private PersistenceFieldType() {
    }
}
