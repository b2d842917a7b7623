package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Compile-only replica of beehive's ClusterLock: a {@link Lock} held across the cluster's nodes (the plugin uses
 * {@link Lock#tryLock()} and {@link Lock#unlock()}); signatures only, no behaviour; never shipped.
 */
// type: signatures.tsv row com.atlassian.beehive.ClusterLock (type), "extends java.util.concurrent.locks.Lock",
// read from beehive-api 5.0.1 (the platform bundle the reference list covers)
public interface ClusterLock extends Lock {
}
