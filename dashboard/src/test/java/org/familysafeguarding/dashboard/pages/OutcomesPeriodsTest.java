package org.familysafeguarding.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OutcomesPeriodsTest {

    @Test
    void an_analyst_is_offered_only_whole_periods_that_have_ended_the_last_financial_year_first() {
        var periods = OutcomesPage.wholePeriods(LocalDate.of(2026, 12, 4));

        assertThat(periods)
                .extracting(p -> p[0])
                .containsExactly(
                        "2025-04-01/2026-03-31",
                        "2024-04-01/2025-03-31",
                        "2023-04-01/2024-03-31",
                        "2026-07-01/2026-09-30",
                        "2026-04-01/2026-06-30",
                        "2026-01-01/2026-03-31",
                        "2025-10-01/2025-12-31");
        assertThat(periods.get(0)[1]).isEqualTo("Financial year 2025-26");
        assertThat(periods.get(3)[1]).isEqualTo("Quarter 2026-27-Q2");
    }
}
