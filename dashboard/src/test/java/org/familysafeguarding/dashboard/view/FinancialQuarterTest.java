package org.familysafeguarding.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FinancialQuarterTest {

    @Test
    void quarters_follow_the_financial_year_from_april() {
        assertThat(FinancialQuarter.of(LocalDate.of(2026, 4, 1)).code()).isEqualTo("2026-27-Q1");
        assertThat(FinancialQuarter.of(LocalDate.of(2026, 12, 4)).code()).isEqualTo("2026-27-Q3");
        assertThat(FinancialQuarter.of(LocalDate.of(2027, 3, 31)).code()).isEqualTo("2026-27-Q4");
        assertThat(FinancialQuarter.of(LocalDate.of(1999, 12, 31)).code()).isEqualTo("1999-00-Q3");
    }

    @Test
    void the_quarter_before_the_first_is_the_last_of_the_year_before() {
        assertThat(FinancialQuarter.of(LocalDate.of(2026, 5, 1)).previous().code())
                .isEqualTo("2025-26-Q4");
    }
}
