package io.programoffice.workbench.host;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Jira's template escaping rule: every reference is HTML-escaped on output unless its name ends in {@code Html}
 * ({@code $descriptionHtml}, {@code $issue.summaryHtml}, {@code $x.getBodyHtml()}).
 */
public final class HtmlEscaping implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || isHtml(reference)) {
            return value;
        }
        return escape(value.toString());
    }

    /** Whether the reference's last name segment ends in {@code Html}. */
    static boolean isHtml(String reference) {
        String name = reference.replaceAll("[${}!]", "");
        int paren = name.indexOf('(');
        if (paren >= 0) {
            name = name.substring(0, paren);
        }
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1).endsWith("Html");
    }

    /** Escapes {@code & < > " '} for HTML text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
