package com.atlassian.jira.permission;

/** Compile-only replica of Jira 11.3's GlobalPermissionKey: a value type holding its key; never shipped. */
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/permission/GlobalPermissionKey.java
    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/permission/GlobalPermissionKey.java
    public String getKey() {
        return key;
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/permission/GlobalPermissionKey.java
    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalPermissionKey other && other.key.equals(key);
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/permission/GlobalPermissionKey.java
    @Override
    public int hashCode() {
        return key.hashCode();
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/permission/GlobalPermissionKey.java
    @Override
    public String toString() {
        return key;
    }
}
