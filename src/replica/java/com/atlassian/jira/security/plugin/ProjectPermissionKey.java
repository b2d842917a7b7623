package com.atlassian.jira.security.plugin;

/**
 * Compile-only replica of Jira 11.3's ProjectPermissionKey: holds only the state the host needs (the key);
 * never shipped.
 */
// source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/plugin/ProjectPermissionKey.java
public final class ProjectPermissionKey {
    private final String permissionKey;

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/plugin/ProjectPermissionKey.java
    public ProjectPermissionKey(String permissionKey) {
        if (permissionKey == null) {
            throw new NullPointerException("permissionKey");
        }
        this.permissionKey = permissionKey;
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/plugin/ProjectPermissionKey.java
    public String permissionKey() {
        return permissionKey;
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/plugin/ProjectPermissionKey.java
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return permissionKey.equals(((ProjectPermissionKey) o).permissionKey);
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/plugin/ProjectPermissionKey.java
    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/plugin/ProjectPermissionKey.java
    @Override
    public String toString() {
        return permissionKey;
    }
}
