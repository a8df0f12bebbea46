package org.familysafeguarding.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CalendarCoverageTest {

    @Test
    void the_start_warns_when_the_bank_holidays_known_run_out_within_fifteen_months() {
        // review finding C11: timescales silently became null once the list ran out
        assertThat(CalendarCoverage.warning(LocalDate.of(2026, 12, 4)))
                .hasValueSatisfying(w -> assertThat(w).contains("2027"));
        assertThat(CalendarCoverage.warning(LocalDate.of(2025, 1, 4))).isEmpty();
    }
}
