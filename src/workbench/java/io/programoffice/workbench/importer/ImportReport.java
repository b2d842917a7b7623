package io.programoffice.workbench.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an import loaded per kind (distinct rows, new or already present) and what it skipped and why. */
public final class ImportReport {
    /** The kinds of rows the importer writes, in report order. */
    public enum Kind {
        PROJECT("projects"), VERSION("versions"), STATUS("statuses"), LINK_TYPE("link types"), ISSUE("issues"),
        LINK("links"), CUSTOM_FIELD("custom fields"), FIELD_VALUE("custom field values"),
        EXTERNAL_END("external link ends");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Rows one file wrote; merged into the report only when the file's transaction commits. */
    static final class Tally {
        final Map<Kind, Set<Object>> created = new LinkedHashMap<>();
        final Map<Kind, Set<Object>> touched = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        int issuesSeen;

        void created(Kind kind, Object id) {
            created.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
        }

        void touched(Kind kind, Object id) {
            touched.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
        }

        boolean wroteAnything() {
            return !created.isEmpty() || !touched.isEmpty();
        }
    }

    private final Map<Kind, Set<Object>> created = new LinkedHashMap<>();
    private final Map<Kind, Set<Object>> touched = new LinkedHashMap<>();
    private final List<String> loadedFiles = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long millis;

    void merge(String file, String shape, Tally tally) {
        tally.created.forEach((kind, ids) -> created.computeIfAbsent(kind, k -> new HashSet<>()).addAll(ids));
        tally.touched.forEach((kind, ids) -> touched.computeIfAbsent(kind, k -> new HashSet<>()).addAll(ids));
        loadedFiles.add(file + " (" + shape + ")");
        for (String note : tally.notes) {
            notes.add(file + ": " + note);
        }
    }

    void skipped(String file, String reason) {
        skipped.add(file + ": " + reason);
    }

    void note(String note) {
        notes.add(note);
    }

    void forget(Kind kind, Object id) {
        Set<Object> ids = created.get(kind);
        if (ids != null) {
            ids.remove(id);
        }
        ids = touched.get(kind);
        if (ids != null) {
            ids.remove(id);
        }
    }

    void millis(long millis) {
        this.millis = millis;
    }

    /** @return distinct rows of this kind the import created */
    public int created(Kind kind) {
        return created.getOrDefault(kind, Set.of()).size();
    }

    /** @return distinct rows of this kind that existed already and were written again (updated) */
    public int updated(Kind kind) {
        Set<Object> ids = new HashSet<>(touched.getOrDefault(kind, Set.of()));
        ids.removeAll(created.getOrDefault(kind, Set.of()));
        return ids.size();
    }

    /** @return files (or archive entries) that were loaded, each with its detected shape */
    public List<String> loadedFiles() {
        return List.copyOf(loadedFiles);
    }

    /** @return one line per skipped file or archive entry, {@code name: reason} */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    /** @return one line per row that a loaded file could not write, or wrote with a caveat */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** @return whether any row was written */
    public boolean loadedAnything() {
        return !created.isEmpty() || !touched.isEmpty();
    }

    /** @return the report as printed at the end of an import */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Imported %d file(s) in %d ms; skipped %d file(s)", loadedFiles.size(), millis,
                skipped.size()));
        for (Kind kind : Kind.values()) {
            if (kind == Kind.EXTERNAL_END) {
                continue;
            }
            lines.add(String.format("  %-11s %d new, %d updated", kind.label + ":", created(kind), updated(kind)));
        }
        lines.add(String.format("  kept %d links to issues outside the data as external ends",
                created(Kind.EXTERNAL_END) + updated(Kind.EXTERNAL_END)));
        if (!loadedFiles.isEmpty()) {
            lines.add("Loaded (" + loadedFiles.size() + "):");
            loadedFiles.forEach(file -> lines.add("  " + file));
        }
        if (!notes.isEmpty()) {
            lines.add("Notes (" + notes.size() + "):");
            notes.forEach(note -> lines.add("  " + note));
        }
        if (!skipped.isEmpty()) {
            lines.add("Skipped (" + skipped.size() + "):");
            skipped.forEach(line -> lines.add("  " + line));
        }
        return lines;
    }
}
