package io.programoffice.jira.fields;

import io.programoffice.core.risk.RiskScale;
import java.util.regex.Pattern;

/** The number rules the risk field types share: whole numbers written with or without a zero fraction. Stateless. */
final class RiskNumbers {
    /** A whole number written with a zero fraction, {@code 3.0} or {@code 3.00}: group 1 is the whole part. */
    private static final Pattern ZERO_FRACTION = Pattern.compile("([0-9]{1,9})\\.0+");
    /** A number with a fraction, {@code 3.5}. */
    private static final Pattern FRACTION = Pattern.compile("[0-9]{0,9}\\.[0-9]+");

    private RiskNumbers() {
    }

    /** {@code text} without surrounding blanks and without a zero fraction ({@code " 3.0 "} becomes {@code "3"}). */
    static String withoutZeroFraction(String text) {
        String t = text.strip();
        var m = ZERO_FRACTION.matcher(t);
        return m.matches() ? m.group(1) : t;
    }

    /** Whether {@code text} (stripped) is a number with a fraction that is not zero, such as {@code 3.5}. */
    static boolean hasFraction(String text) {
        return FRACTION.matcher(text).matches();
    }

    /** The level {@code value} holds: a whole number 1–5 of any number type; anything else is none (null). */
    static Integer level(Object value) {
        if (!(value instanceof Number n)) {
            return null;
        }
        double d = n.doubleValue();
        return d >= RiskScale.MIN && d <= RiskScale.MAX && d == Math.rint(d) ? (int) d : null;
    }

    /** {@code value} as the fields write it: {@code "3"} for a whole number, else Java's decimal form; null stays null. */
    static String format(Double value) {
        if (value == null) {
            return null;
        }
        double d = value;
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** {@code parameters} plus {@code numberTool} in the user's locale, which Jira's number view template calls. */
    static java.util.Map<String, Object> withNumberTool(java.util.Map<String, Object> parameters,
            com.atlassian.jira.security.JiraAuthenticationContext authentication) {
        parameters.put("numberTool", new com.atlassian.jira.util.velocity.NumberTool(authentication.getLocale()));
        return parameters;
    }
}
