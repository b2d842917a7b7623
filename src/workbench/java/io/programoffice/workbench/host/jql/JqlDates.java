package io.programoffice.workbench.host.jql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date values of the workbench's JQL, as Jira writes them: {@code yyyy/MM/dd HH:mm}, {@code yyyy-MM-dd HH:mm},
 * {@code yyyy/MM/dd}, {@code yyyy-MM-dd} (in the host's time zone), or a period relative to now such as {@code -5m},
 * {@code -4w 2d} or {@code 1h} (units w, d, h, m; a leading minus means the past).
 */
public final class JqlDates {
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy/MM/dd"), DateTimeFormatter.ofPattern("yyyy-MM-dd"));
    private static final Pattern PERIOD = Pattern.compile("([-+]?)\\s*((?:\\d+\\s*[wdhm]\\s*)+)");
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*([wdhm])");

    private JqlDates() {
    }

    /** @return whether the text is a date value this JQL understands */
    public static boolean isValid(String text) {
        return parse(text, Instant.EPOCH).isPresent();
    }

    /**
     * @param text a date value
     * @param now the instant relative periods count from
     * @return the instant it names, empty when it is not a date value
     */
    public static Optional<Instant> parse(String text, Instant now) {
        String value = text.strip();
        ZoneId zone = ZoneId.systemDefault();
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(value, f).atZone(zone).toInstant());
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, f).atStartOfDay(zone).toInstant());
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        Matcher period = PERIOD.matcher(value);
        if (!period.matches()) {
            return Optional.empty();
        }
        long minutes = 0;
        Matcher part = PART.matcher(period.group(2));
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            minutes += switch (part.group(2)) {
                case "w" -> n * 7 * 24 * 60;
                case "d" -> n * 24 * 60;
                case "h" -> n * 60;
                default -> n;
            };
        }
        return Optional.of(now.plusSeconds(("-".equals(period.group(1)) ? -60 : 60) * minutes));
    }
}
