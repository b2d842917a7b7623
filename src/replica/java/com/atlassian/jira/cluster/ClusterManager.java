package com.atlassian.jira.cluster;

/** Compile-only replica of Jira 11.3's ClusterManager: signatures only, no behaviour; never shipped. */
// type: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/cluster/ClusterManager.html
// members: called as clusterManager.getNodeId() (compared with a String node id, checked for null) and
// clusterManager.isClustered() in a Jira plugin's LifecycleAware scheduler, ru.mail.jira.plugins.mrimsender
// .protocol.BotFaultToleranceProvider (public code index, file id 25219837996; a javax-era build, so the Jira 11
// form is not confirmed)
public interface ClusterManager {
    String getNodeId();

    boolean isClustered();
}
