package io.programoffice.core.risk;

import java.util.Comparator;

/** Issue keys in Jira's order: by project key, then by number (APP-9 before APP-10). */
final class IssueKeys {
    static final Comparator<String> ORDER = Comparator.comparing(IssueKeys::project)
            .thenComparingLong(IssueKeys::number).thenComparing(Comparator.naturalOrder());

    private IssueKeys() {
    }

    private static String project(String key) {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }

    private static long number(String key) {
        int dash = key.lastIndexOf('-');
        String n = dash < 0 ? "" : key.substring(dash + 1);
        return n.matches("[0-9]{1,18}") ? Long.parseLong(n) : -1;
    }
}
