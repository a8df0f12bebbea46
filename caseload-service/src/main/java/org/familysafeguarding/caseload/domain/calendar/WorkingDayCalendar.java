package org.familysafeguarding.caseload.domain.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays, from the versioned list
 * under {@code src/main/resources/calendar/} (GOV.UK, cited in the file). Outside the years the list
 * covers, working days are not known and are not guessed.
 */
public final class WorkingDayCalendar {

    public static final WorkingDayCalendar ENGLAND_AND_WALES = load("calendar/bank-holidays-england-and-wales.csv");

    private final Set<LocalDate> bankHolidays;
    private final int firstYear;
    private final int lastYear;

    WorkingDayCalendar(Set<LocalDate> bankHolidays) {
        var sorted = new TreeSet<>(bankHolidays);
        this.bankHolidays = Set.copyOf(sorted);
        this.firstYear = sorted.first().getYear();
        this.lastYear = sorted.last().getYear();
    }

    static WorkingDayCalendar load(String resource) {
        InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Bank holiday list " + resource + " is missing from the classpath");
        }
        var dates = new TreeSet<LocalDate>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
                    continue;
                }
                dates.add(LocalDate.parse(line.substring(0, line.indexOf(','))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDayCalendar(dates);
    }

    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (!covers(date)) {
            throw new IllegalArgumentException("No bank holidays known for " + date.getYear());
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
    }

    /**
     * Working days after {@code from} up to and including {@code to} (a step that starts and ends on
     * the same day took 0); empty when the list does not cover both dates.
     */
    public OptionalInt workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before " + from);
        }
        if (!covers(from) || !covers(to)) {
            return OptionalInt.empty();
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return OptionalInt.of(count);
    }

    /** The day that many working days after {@code from}; empty when the list does not cover the days between. */
    public java.util.Optional<LocalDate> plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (!covers(day)) {
                return java.util.Optional.empty();
            }
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return java.util.Optional.of(day);
    }

    /** The last year whose bank holidays are known: timescales after it cannot be counted. */
    public int lastYear() {
        return lastYear;
    }
}
