package io.programoffice.core.risk;

import java.util.Comparator;

/**
 * Issue keys in Jira's order: by project key, then by number (APP-9 before APP-10). Compares without allocating, since
 * a register sorts thousands of risks whose scores tie.
 */
final class IssueKeys {
    static final Comparator<String> ORDER = IssueKeys::compare;

    private IssueKeys() {
    }

    static int compare(String a, String b) {
        int da = a.lastIndexOf('-');
        int db = b.lastIndexOf('-');
        int pa = da < 0 ? a.length() : da;
        int pb = db < 0 ? b.length() : db;
        for (int i = 0, n = Math.min(pa, pb); i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                return ca - cb;
            }
        }
        if (pa != pb) {
            return pa - pb;
        }
        int c = Long.compare(number(a, da), number(b, db));
        return c != 0 ? c : a.compareTo(b);
    }

    /** The number after the dash at {@code dash}, or -1 when there is none or it is not all digits (at most 18). */
    private static long number(String key, int dash) {
        if (dash < 0 || dash == key.length() - 1 || key.length() - dash - 1 > 18) {
            return -1;
        }
        long n = 0;
        for (int i = dash + 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
