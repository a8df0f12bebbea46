package org.familysafeguarding.caseload.domain.probation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two date shapes of HMPPS domain events. {@code occurredAt} is ISO 8601 with an offset and
 * sometimes a region ({@code 2025-06-19T18:35:59.442+01:00[Europe/London]}). Dates inside
 * {@code additionalInformation} are Java's {@code Date.toString()} ({@code Thu Jun 19 00:00:00 BST 2025}):
 * a general parser reads "BST" as another zone (Bangladesh, or a Pacific one), so the abbreviations
 * Delius writes are mapped here explicitly, BST and GMT to Europe/London.
 */
public final class HmppsDates {

    private static final Map<String, ZoneId> ZONES = Map.of(
            "BST", ZoneId.of("Europe/London"),
            "GMT", ZoneId.of("Europe/London"),
            "UTC", ZoneOffset.UTC);
    private static final Pattern LEGACY = Pattern.compile(
            "^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) (\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) ([A-Z]{3,4}) (\\d{4})$");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private HmppsDates() {}

    /** @throws InvalidHmppsDate when the text is not ISO 8601 with an offset (and optional region) */
    public static ZonedDateTime occurredAt(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidHmppsDate("occurredAt", "missing");
        }
        try {
            return ZonedDateTime.parse(text.strip(), DateTimeFormatter.ISO_ZONED_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidHmppsDate("occurredAt", "'" + text + "' is not an ISO 8601 date-time with an offset");
        }
    }

    /** A {@code Thu Jun 19 00:00:00 BST 2025} date and time, in the zone its abbreviation names. */
    public static ZonedDateTime legacy(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidHmppsDate(field, "missing");
        }
        Matcher m = LEGACY.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidHmppsDate(field, "'" + text + "' is not of the form 'Thu Jun 19 00:00:00 BST 2025'");
        }
        ZoneId zone = ZONES.get(m.group(7));
        if (zone == null) {
            throw new InvalidHmppsDate(
                    field, "'" + text + "' names the zone " + m.group(7) + ", which is not one of " + ZONES.keySet());
        }
        try {
            int month = MONTH.parse(m.group(2)).get(ChronoField.MONTH_OF_YEAR);
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(8)), month, Integer.parseInt(m.group(3)));
            String dayName = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            if (!dayName.equals(m.group(1))) {
                throw new InvalidHmppsDate(
                        field, "'" + text + "': " + date + " is a " + dayName + ", not a " + m.group(1));
            }
            LocalTime time = LocalTime.of(
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            return ZonedDateTime.of(LocalDateTime.of(date, time), zone);
        } catch (DateTimeException e) {
            throw new InvalidHmppsDate(field, "'" + text + "' is not a real date and time");
        }
    }

    /** The calendar day of a legacy date, as written (a registration dated midnight BST is that day in England). */
    public static LocalDate legacyDay(String field, String text) {
        return legacy(field, text).toLocalDate();
    }
}
