package io.programoffice.core.view;

import java.util.Comparator;

/**
 * Orders labels as people read them: case-insensitively, with runs of digits compared as numbers, so {@code APP-2}
 * comes before {@code APP-10} and {@code 1.9} before {@code 1.10}; ties fall back to the exact strings. O(length).
 */
final class LabelOrder implements Comparator<String> {
    static final LabelOrder NATURAL = new LabelOrder();

    private LabelOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int si = i;
                int sj = j;
                while (si < a.length() && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < b.length() && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < a.length() && isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && isDigit(b.charAt(ej))) {
                    ej++;
                }
                if (ei - si != ej - sj) {
                    return (ei - si) - (ej - sj);
                }
                for (int k = 0; k < ei - si; k++) {
                    int d = a.charAt(si + k) - b.charAt(sj + k);
                    if (d != 0) {
                        return d;
                    }
                }
                i = ei;
                j = ej;
                continue;
            }
            int d = Character.compare(Character.toLowerCase(Character.toUpperCase(ca)),
                    Character.toLowerCase(Character.toUpperCase(cb)));
            if (d != 0) {
                return d;
            }
            i++;
            j++;
        }
        int d = (a.length() - i) - (b.length() - j);
        return d != 0 ? d : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
