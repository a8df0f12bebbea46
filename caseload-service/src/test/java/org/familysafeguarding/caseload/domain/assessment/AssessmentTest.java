package org.familysafeguarding.caseload.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.familysafeguarding.caseload.domain.calendar.WorkingDayCalendar;
import org.familysafeguarding.caseload.domain.code.InvalidCode;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.domain.family.PersonName;
import org.familysafeguarding.caseload.domain.referral.Referral;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.ENGLAND_AND_WALES;
    static final Family FAMILY = Family.open("E10000032", "Ashdown family", NOW);

    static Child child() {
        return Child.record(
                FAMILY,
                new Child.Details(
                        new PersonName("Robin", "Ashdown"),
                        LocalDate.of(2019, 3, 2),
                        null,
                        "F",
                        "WBRI",
                        Set.of(),
                        null,
                        null,
                        "C1"),
                TODAY,
                NOW);
    }

    static Assessment started(LocalDate start) {
        return Assessment.start(child(), null, start, TODAY, NOW);
    }

    @Test
    void authorised_on_the_45th_working_day_across_christmas_is_within_timescale() {
        Assessment assessment = started(LocalDate.of(2025, 11, 3));
        assessment.authorise(LocalDate.of(2026, 1, 8), Set.of("3B", "2B", "4B"), CALENDAR, TODAY, NOW);
        assertThat(assessment.workingDays()).isEqualTo(45);
        assertThat(assessment.withinTimescale()).isTrue();
        assertThat(assessment.factors()).containsExactlyInAnyOrder("2B", "3B", "4B");
    }

    @Test
    void authorised_on_the_46th_working_day_is_out_of_timescale() {
        Assessment assessment = started(LocalDate.of(2025, 11, 3));
        assessment.authorise(LocalDate.of(2026, 1, 9), Set.of("3B"), CALENDAR, TODAY, NOW);
        assertThat(assessment.workingDays()).isEqualTo(46);
        assertThat(assessment.withinTimescale()).isFalse();
    }

    @Test
    void easter_bank_holidays_do_not_count_against_the_timescale() {
        // 45 weekdays from Mon 2 Mar 2026 end on Mon 4 May; Good Friday, Easter Monday and the early May
        // bank holiday (4 May itself) move the 45th working day to Thu 7 May
        Assessment assessment = started(LocalDate.of(2026, 3, 2));
        assessment.authorise(LocalDate.of(2026, 5, 7), Set.of("21"), CALENDAR, TODAY, NOW);
        assertThat(assessment.workingDays()).isEqualTo(45);
        assertThat(assessment.withinTimescale()).isTrue();
    }

    @Test
    void refuses_an_authorisation_before_the_start_or_a_second_one() {
        Assessment assessment = started(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> assessment.authorise(LocalDate.of(2026, 3, 1), Set.of("3B"), CALENDAR, TODAY, NOW))
                .isInstanceOf(AssessmentRuleViolated.class)
                .hasMessageContaining("before it started");
        assessment.authorise(LocalDate.of(2026, 3, 20), Set.of("3B"), CALENDAR, TODAY, NOW);
        assertThatThrownBy(() -> assessment.authorise(LocalDate.of(2026, 3, 21), Set.of("3B"), CALENDAR, TODAY, NOW))
                .isInstanceOf(AssessmentRuleViolated.class);
    }

    @Test
    void refuses_unknown_factors_none_at_all_or_no_factors_beside_factors() {
        Assessment assessment = started(LocalDate.of(2026, 3, 2));
        LocalDate day = LocalDate.of(2026, 3, 20);
        assertThatThrownBy(() -> assessment.authorise(day, Set.of("99Z"), CALENDAR, TODAY, NOW))
                .isInstanceOf(InvalidCode.class);
        assertThatThrownBy(() -> assessment.authorise(day, Set.of(), CALENDAR, TODAY, NOW))
                .isInstanceOf(AssessmentRuleViolated.class);
        assertThatThrownBy(() -> assessment.authorise(day, Set.of("21", "3B"), CALENDAR, TODAY, NOW))
                .isInstanceOf(AssessmentRuleViolated.class);
        assertThat(assessment.authorisationDate()).isNull();
    }

    @Test
    void refuses_a_start_in_the_future_or_before_its_referral() {
        assertThatThrownBy(() -> started(TODAY.plusDays(1))).isInstanceOf(AssessmentRuleViolated.class);
        Child child = child();
        Referral referral = Referral.receive(
                child, LocalDate.of(2026, 3, 10), "6", "N1", null, new java.util.ArrayList<>(), TODAY, NOW);
        assertThatThrownBy(() -> Assessment.start(child, referral, LocalDate.of(2026, 3, 9), TODAY, NOW))
                .isInstanceOf(AssessmentRuleViolated.class);
        assertThat(Assessment.start(child, referral, LocalDate.of(2026, 3, 10), TODAY, NOW)
                        .referralId())
                .isEqualTo(referral.id());
    }

    @Test
    void an_authorisation_beyond_the_known_bank_holidays_leaves_the_timescale_unknown() {
        Assessment assessment =
                Assessment.start(child(), null, LocalDate.of(2027, 12, 20), LocalDate.of(2028, 2, 1), NOW);
        assessment.authorise(LocalDate.of(2028, 1, 10), Set.of("3B"), CALENDAR, LocalDate.of(2028, 2, 1), NOW);
        assertThat(assessment.workingDays()).isNull();
        assertThat(assessment.withinTimescale()).isNull();
    }
}
