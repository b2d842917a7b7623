package io.programoffice.workbench.host;

import com.atlassian.jira.cluster.ClusterManager;

/** The workbench is one node, not clustered: no node id, as in a Jira Data Center instance without a cluster. */
public final class WbClusterManager implements ClusterManager {
    @Override
    public String getNodeId() {
        return null;
    }

    @Override
    public boolean isClustered() {
        return false;
    }
}
