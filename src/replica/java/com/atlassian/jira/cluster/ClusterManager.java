package com.atlassian.jira.cluster;

/** Compile-only replica of Jira 11.3's ClusterManager: signatures only, no behaviour; never shipped. */
// source: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/cluster/ClusterManager.html
// (String getNodeId(): this node's id, null when not clustered; boolean isClustered())
public interface ClusterManager {
    String getNodeId();

    boolean isClustered();
}
