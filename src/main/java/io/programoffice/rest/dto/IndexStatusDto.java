package io.programoffice.rest.dto;

import io.programoffice.core.index.IndexScope;
import io.programoffice.core.index.IndexStatus;
import java.time.Instant;
import java.util.List;

/**
 * One node's program index status, as {@code GET /admin/index} answers it. Instants are ISO-8601 strings (null when
 * never); {@code estimateSource}/{@code teamSource} name the sources the index reads, {@code otherSourcePrograms}
 * the programs whose scheme wanted others.
 */
public record IndexStatusDto(String node, String state, int issues, int links, long retainedBytes,
                             long progressDone, long progressTotal, String lastBuild, long lastBuildMillis,
                             String lastEvent, String lastReconcile, int lastRepairs, String failure,
                             String estimateSource, String teamSource, List<String> otherSourcePrograms) {
    public static IndexStatusDto of(IndexStatus s, IndexScope scope) {
        return new IndexStatusDto(s.node(), s.state().name(), s.issues(), s.links(), s.retainedBytes(),
                s.progressDone(), s.progressTotal(), text(s.lastBuild()), s.lastBuildMillis(), text(s.lastEvent()),
                text(s.lastReconcile()), s.lastRepairs(), s.failure(),
                scope.estimate().kind().name() + (scope.estimate().fieldId() == null ? ""
                        : " " + scope.estimate().fieldId()),
                scope.team().kind().name() + (scope.team().fieldId() == null ? "" : " " + scope.team().fieldId()),
                scope.otherSourcePrograms());
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }
}
