package com.atlassian.beehive;

/** Compile-only replica of beehive's ClusterLockService: signatures only, no behaviour; never shipped. */
// members: signatures.tsv row com.atlassian.beehive.ClusterLockService getLockForName(java.lang.String)
public interface ClusterLockService {
    /** The cluster-wide lock of this name (the same lock on every node). */
    ClusterLock getLockForName(String lockName);
}
