package org.familysafeguarding.caseload.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.domain.referral.ReReferralRule.isReReferral;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReReferralRuleTest {

    static final LocalDate FIRST = LocalDate.of(2025, 1, 15);

    @Test
    void a_referral_364_days_after_the_previous_is_a_re_referral() {
        assertThat(isReReferral(FIRST.plusDays(364), List.of(FIRST))).isTrue();
    }

    @Test
    void a_referral_366_days_after_the_previous_is_not() {
        assertThat(isReReferral(FIRST.plusDays(366), List.of(FIRST))).isFalse();
    }

    @Test
    void the_anniversary_itself_is_still_within_12_months() {
        assertThat(isReReferral(FIRST.plusYears(1), List.of(FIRST))).isTrue();
    }

    @Test
    void across_29_february_a_366_day_gap_is_exactly_12_months_and_counts() {
        LocalDate previous = LocalDate.of(2023, 3, 1);
        LocalDate next = LocalDate.of(2024, 3, 1);
        assertThat(ChronoUnit.DAYS.between(previous, next)).isEqualTo(366);
        assertThat(isReReferral(next, List.of(previous))).isTrue();
        assertThat(isReReferral(next.plusDays(1), List.of(previous))).isFalse();
    }

    @Test
    void twelve_months_after_29_february_ends_on_28_february() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertThat(isReReferral(LocalDate.of(2025, 2, 28), List.of(leapDay))).isTrue();
        assertThat(isReReferral(LocalDate.of(2025, 3, 1), List.of(leapDay))).isFalse();
    }

    @Test
    void a_first_referral_and_a_later_one_do_not_make_the_first_a_re_referral() {
        assertThat(isReReferral(FIRST, List.of())).isFalse();
        assertThat(isReReferral(FIRST, List.of(FIRST, FIRST.plusDays(30)))).isFalse();
    }

    @Test
    void any_previous_referral_within_12_months_is_enough() {
        assertThat(isReReferral(
                        FIRST.plusYears(3), List.of(FIRST, FIRST.plusYears(2).plusMonths(6))))
                .isTrue();
    }
}
