package io.programoffice.web.model;

/** A labelled count with its share of the program, for the project and status category tables. */
public final class CountRow {
    private final String key;
    private final String label;
    private final long count;
    private final int percent;

    public CountRow(String key, String label, long count, int percent) {
        this.key = key;
        this.label = label;
        this.count = count;
        this.percent = percent;
    }

    /** A stable key: a project key or a status category key (used in CSS class names and test ids). */
    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public long getCount() {
        return count;
    }

    public int getPercent() {
        return percent;
    }
}
