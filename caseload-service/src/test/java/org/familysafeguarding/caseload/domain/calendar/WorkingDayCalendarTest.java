package org.familysafeguarding.caseload.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.ENGLAND_AND_WALES;

    @Test
    void christmas_boxing_day_and_the_weekend_are_not_working_days() {
        // Fri 19 Dec 2025 to Mon 29 Dec 2025: 22, 23, 24 and 29 count; 25 and 26 are bank holidays
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 12, 19), LocalDate.of(2025, 12, 29)))
                .isEqualTo(OptionalInt.of(4));
    }

    @Test
    void substitute_days_are_holidays_when_christmas_falls_at_a_weekend() {
        // 2026: Boxing Day is a Saturday, so Monday 28 December is the holiday
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void good_friday_and_easter_monday_are_not_working_days() {
        // Thu 17 Apr 2025 to Tue 22 Apr 2025: only the Tuesday counts
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 4, 17), LocalDate.of(2025, 4, 22)))
                .isEqualTo(OptionalInt.of(1));
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
    }

    @Test
    void the_same_day_is_zero_working_days() {
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 2)))
                .isEqualTo(OptionalInt.of(0));
    }

    @Test
    void forty_five_working_days_from_3_november_2025_end_on_8_january_2026_not_5_january() {
        // weekdays alone would reach 45 on Mon 5 Jan; 25 and 26 Dec and 1 Jan push it to Thu 8 Jan
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 11, 3), LocalDate.of(2026, 1, 8)))
                .isEqualTo(OptionalInt.of(45));
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 11, 3), LocalDate.of(2026, 1, 5)))
                .isEqualTo(OptionalInt.of(42));
    }

    @Test
    void one_off_holidays_are_on_the_list() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2020, 5, 8))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2020, 5, 4))).isTrue();
    }

    @Test
    void years_the_list_does_not_cover_are_not_guessed() {
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 20)))
                .isEmpty();
        assertThat(CALENDAR.covers(LocalDate.of(2017, 12, 31))).isFalse();
    }

    @Test
    void beyond_the_known_bank_holidays_a_target_is_left_empty() {
        // review finding C11: timescales silently became null from 2028
        assertThat(WorkingDayCalendar.ENGLAND_AND_WALES.plusWorkingDays(java.time.LocalDate.of(2027, 12, 20), 15))
                .isEmpty();
        assertThat(WorkingDayCalendar.ENGLAND_AND_WALES.plusWorkingDays(java.time.LocalDate.of(2025, 6, 3), 15))
                .contains(java.time.LocalDate.of(2025, 6, 24));
    }
}
