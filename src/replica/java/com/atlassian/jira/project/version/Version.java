package com.atlassian.jira.project.version;

import com.atlassian.jira.project.ProjectConstant;
import java.util.Date;

/**
 * Compile-only replica of Jira 11.3's Version: signatures only, no behaviour; never shipped. The real type also
 * extends OfBizValueWrapper and NamedWithDescription, which the plugin does not use.
 */
public interface Version extends ProjectConstant {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/version/Version.java
    @Override
    String getName();

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/version/Version.java
    @Override
    Long getProjectId();

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/version/Version.java
    Date getReleaseDate();

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/version/Version.java
    boolean isReleased();

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/version/Version.java
    boolean isArchived();
}
