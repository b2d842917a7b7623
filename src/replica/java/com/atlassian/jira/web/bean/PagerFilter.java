package com.atlassian.jira.web.bean;

/**
 * Compile-only replica of Jira 11.3's PagerFilter: only the members the plugin uses; holds the window it was built
 * with; never shipped.
 */
public class PagerFilter<T> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private int start;
    private int max;

    public PagerFilter(int max) {
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
