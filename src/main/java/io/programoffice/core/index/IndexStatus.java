package io.programoffice.core.index;

import java.time.Instant;

/**
 * What an administrator sees of one node's program index.
 *
 * @param node            this node's id (Jira's cluster node id, or a name for a single node)
 * @param state           what the index is doing
 * @param issues          issues held
 * @param links           links held
 * @param retainedBytes   estimated heap held by the index
 * @param progressDone    issues read by the running build (0 when none runs)
 * @param progressTotal   issues the running build expects, 0 when unknown or none runs
 * @param lastBuild       when the last build finished, or null
 * @param lastBuildMillis how long it took, 0 when none finished
 * @param lastEvent       when the last issue or link event was applied, or null
 * @param lastReconcile   when the last reconcile finished, or null
 * @param lastRepairs     changes the last reconcile found that events had missed
 * @param failure         why the last build or reconcile failed, or what it had to leave out (a program JQL the
 *                        host refused), or null
 */
public record IndexStatus(String node, State state, int issues, int links, long retainedBytes,
                          long progressDone, long progressTotal, Instant lastBuild, long lastBuildMillis,
                          Instant lastEvent, Instant lastReconcile, int lastRepairs, String failure) {
    /** What the index is doing. */
    public enum State {
        /** Not built yet. */
        EMPTY,
        /** A build is running; reads see the previous index (empty on the first build). */
        BUILDING,
        /** Built and kept current by events and reconciles. */
        READY,
        /** The last build failed; reads see the previous index. */
        FAILED
    }
}
