package io.programoffice.workbench.host.jql;

import java.util.regex.Pattern;

/**
 * One operand value of a clause.
 *
 * @param text the value, without quotes and with escapes resolved; {@code EMPTY} for the empty marker
 * @param quoted whether the value was written as a quoted string
 * @param empty whether this is the {@code EMPTY} (or {@code NULL}) marker rather than a value
 */
public record JqlValue(String text, boolean quoted, boolean empty) {
    /** The {@code EMPTY} marker. */
    public static final JqlValue EMPTY = new JqlValue("EMPTY", false, true);

    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    /**
     * @param text the value as written
     * @return an unquoted value
     */
    public static JqlValue word(String text) {
        return new JqlValue(text, false, false);
    }

    /**
     * @param text the value without its quotes
     * @return a quoted value
     */
    public static JqlValue string(String text) {
        return new JqlValue(text, true, false);
    }

    /** @return whether the value is a non-negative whole number that may be an id */
    public boolean isNumber() {
        return !empty && NUMBER.matcher(text).matches();
    }

    /** @return the value as a number; only when {@link #isNumber()} */
    public long asNumber() {
        return Long.parseLong(text);
    }
}
