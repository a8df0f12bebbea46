package org.familysafeguarding.partners.domain.duediligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familysafeguarding.partners.domain.duediligence.CheckType.CREDIT_CHECK;
import static org.familysafeguarding.partners.domain.duediligence.CheckType.EQUALITY_POLICY;
import static org.familysafeguarding.partners.domain.duediligence.CheckType.INSURANCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familysafeguarding.partners.domain.duediligence.AccreditationRule.Shortfall;
import org.junit.jupiter.api.Test;

class AccreditationRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Set<CheckType> MANDATORY = Set.of(CREDIT_CHECK, EQUALITY_POLICY, INSURANCE);
    final List<DueDiligenceCheck> checks = new ArrayList<>();

    void check(CheckType type, CheckOutcome outcome, LocalDate on, LocalDate expires) {
        checks.add(DueDiligenceCheck.record(
                UUID.randomUUID(),
                "E10000032",
                new DueDiligenceCheck.Details(type, outcome, type == CREDIT_CHECK ? 72 : null, "ref", on, expires),
                "commissioner",
                TODAY,
                Instant.now()));
    }

    void passed(CheckType type, LocalDate expires) {
        check(type, CheckOutcome.PASSED, TODAY.minusMonths(1), expires);
    }

    @Test
    void accredits_only_when_the_last_mandatory_check_passes() {
        passed(CREDIT_CHECK, TODAY.plusYears(1));
        passed(EQUALITY_POLICY, TODAY.plusYears(1));
        var before = AccreditationRule.evaluate(MANDATORY, checks, TODAY);
        assertThat(before.accredited()).isFalse();
        assertThat(before.shortfall()).contains(Shortfall.CHECK_MISSING);
        assertThat(before.failingTypes()).containsExactly(INSURANCE);

        passed(INSURANCE, TODAY.plusMonths(6));
        var after = AccreditationRule.evaluate(MANDATORY, checks, TODAY);
        assertThat(after.accredited()).isTrue();
        assertThat(after.validUntil()).contains(TODAY.plusMonths(6));
    }

    @Test
    void an_accreditation_dates_from_the_day_its_last_mandatory_check_was_made_not_the_day_it_was_recorded() {
        check(CREDIT_CHECK, CheckOutcome.PASSED, LocalDate.of(2022, 6, 1), TODAY.plusYears(1));
        check(EQUALITY_POLICY, CheckOutcome.PASSED, LocalDate.of(2022, 7, 1), TODAY.plusYears(1));
        check(INSURANCE, CheckOutcome.PASSED, LocalDate.of(2022, 6, 15), TODAY.plusYears(1));
        var verdict = AccreditationRule.evaluate(MANDATORY, checks, TODAY);
        assertThat(verdict.metOn()).contains(LocalDate.of(2022, 7, 1));

        var first = Accreditation.notYet(UUID.randomUUID(), "E10000032", TODAY);
        first.apply(verdict, TODAY, null);
        assertThat(first.since()).isEqualTo(LocalDate.of(2022, 7, 1));

        // after a lapse, a renewal from earlier-dated checks does not reach back before the lapse
        var lapsed = Accreditation.notYet(UUID.randomUUID(), "E10000032", TODAY.minusDays(3));
        lapsed.apply(verdict, TODAY, TODAY.minusDays(3));
        assertThat(lapsed.since()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void a_check_is_good_through_its_expiry_day_and_lapses_the_day_after() {
        MANDATORY.forEach(type -> passed(type, TODAY));
        assertThat(AccreditationRule.evaluate(MANDATORY, checks, TODAY).accredited())
                .isTrue();
        var nextDay = AccreditationRule.evaluate(MANDATORY, checks, TODAY.plusDays(1));
        assertThat(nextDay.accredited()).isFalse();
        assertThat(nextDay.shortfall()).contains(Shortfall.CHECK_EXPIRED);
    }

    @Test
    void the_latest_check_of_a_type_counts_so_a_failure_undoes_an_earlier_pass_and_a_renewal_restores() {
        MANDATORY.forEach(type -> passed(type, TODAY.plusYears(1)));
        check(INSURANCE, CheckOutcome.FAILED, TODAY, TODAY.plusYears(1));
        var failed = AccreditationRule.evaluate(MANDATORY, checks, TODAY);
        assertThat(failed.shortfall()).contains(Shortfall.CHECK_FAILED);
        assertThat(failed.failingTypes()).containsExactly(INSURANCE);

        check(INSURANCE, CheckOutcome.PASSED, TODAY, TODAY.plusYears(2));
        assertThat(AccreditationRule.evaluate(MANDATORY, checks, TODAY).accredited())
                .isTrue();
    }

    @Test
    void checks_a_council_does_not_require_do_not_matter() {
        MANDATORY.forEach(type -> passed(type, TODAY.plusYears(1)));
        check(CheckType.ENVIRONMENTAL_DECLARATION, CheckOutcome.FAILED, TODAY, TODAY.plusYears(1));
        assertThat(AccreditationRule.evaluate(MANDATORY, checks, TODAY).accredited())
                .isTrue();
    }

    @Test
    void a_council_with_no_mandatory_checks_accredits_no_one() {
        passed(INSURANCE, TODAY.plusYears(1));
        var verdict = AccreditationRule.evaluate(Set.of(), checks, TODAY);
        assertThat(verdict.accredited()).isFalse();
        assertThat(verdict.shortfall()).contains(Shortfall.NO_POLICY);
    }

    @Test
    void refuses_a_check_that_expires_before_it_was_done_or_is_dated_in_the_future() {
        assertThatThrownBy(() -> check(INSURANCE, CheckOutcome.PASSED, TODAY, TODAY))
                .isInstanceOf(CheckRefused.class);
        assertThatThrownBy(() -> check(INSURANCE, CheckOutcome.PASSED, TODAY.plusDays(1), TODAY.plusYears(1)))
                .isInstanceOf(CheckRefused.class);
    }

    @Test
    void a_credit_check_records_its_score() {
        assertThatThrownBy(() -> DueDiligenceCheck.record(
                        UUID.randomUUID(),
                        "E10000032",
                        new DueDiligenceCheck.Details(
                                CREDIT_CHECK, CheckOutcome.PASSED, null, "D&B 123", TODAY, TODAY.plusYears(1)),
                        "c",
                        TODAY,
                        Instant.now()))
                .hasMessageContaining("score");
    }
}
