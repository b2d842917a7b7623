package com.atlassian.activeobjects.external;

/** Compile-only replica of Jira 11.3's ActiveObjectsUpgradeTask: signatures only, no behaviour; never shipped. */
// type and members: https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/upgrade/AOUpgradeTask001.html
// (implemented by atlassian-labs/atlassian-slack-integration-server @ 94c50dc, Jira 11.0.0; also https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.java)
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
