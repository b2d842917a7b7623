package io.programoffice.web.model;

import io.programoffice.core.index.IndexScope;
import io.programoffice.core.index.IndexStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One node's program index on the administration page: the status as text, ready to print (the page's script
 * refreshes the same fields from the REST status while a build runs).
 */
public final class IndexStatusView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final IndexStatus status;
    private final IndexScope scope;

    public IndexStatusView(IndexStatus status, IndexScope scope) {
        this.status = status;
        this.scope = scope;
    }

    public String getNode() {
        return status.node();
    }

    public String getState() {
        return status.state().name();
    }

    public boolean isBuilding() {
        return status.state() == IndexStatus.State.BUILDING;
    }

    public String getIssues() {
        return String.format(Locale.ROOT, "%,d", status.issues());
    }

    public String getLinks() {
        return String.format(Locale.ROOT, "%,d", status.links());
    }

    public String getMemory() {
        return memory(status.retainedBytes());
    }

    public int getPercent() {
        return status.progressTotal() <= 0 ? 0
                : (int) Math.min(100, status.progressDone() * 100 / status.progressTotal());
    }

    public String getProgress() {
        return String.format(Locale.ROOT, "%,d / %,d", status.progressDone(), status.progressTotal());
    }

    public String getLastBuild() {
        return when(status.lastBuild()) + (status.lastBuild() == null ? ""
                : String.format(Locale.ROOT, " (%,d ms)", status.lastBuildMillis()));
    }

    public String getLastEvent() {
        return when(status.lastEvent());
    }

    public String getLastReconcile() {
        return when(status.lastReconcile());
    }

    public int getRepairs() {
        return status.lastRepairs();
    }

    public String getFailure() {
        return status.failure() == null ? "" : status.failure();
    }

    public String getSources() {
        return scope.estimate().kind().name() + (scope.estimate().fieldId() == null ? ""
                : " (" + scope.estimate().fieldId() + ")") + " / " + scope.team().kind().name()
                + (scope.team().fieldId() == null ? "" : " (" + scope.team().fieldId() + ")");
    }

    public String getOtherSourcePrograms() {
        return String.join(", ", scope.otherSourcePrograms());
    }

    /** Bytes as KB/MB, one decimal. */
    public static String memory(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String when(Instant i) {
        return i == null ? "-" : WHEN.format(i);
    }
}
