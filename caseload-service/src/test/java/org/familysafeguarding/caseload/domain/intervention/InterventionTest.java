package org.familysafeguarding.caseload.domain.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.allocation.Allocation;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.readmodel.Practitioner;
import org.familysafeguarding.platform.problem.DomainProblem;
import org.junit.jupiter.api.Test;

class InterventionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate ALLOCATED = LocalDate.of(2026, 10, 1);
    static final UUID ADULT = UUID.randomUUID();

    static Allocation allocation() {
        Practitioner lead = Practitioner.known(
                UUID.randomUUID(),
                new Practitioner.State(
                        UUID.randomUUID(), "SOCIAL_WORKER", BigDecimal.ONE, LocalDate.of(2025, 1, 1), null, "lead"),
                null,
                Instant.now());
        return Allocation.ofFamily(
                Family.open("E10000032", "Tamsin family", Instant.now()),
                UUID.randomUUID(),
                lead,
                ALLOCATED,
                "tm",
                TODAY,
                Instant.now());
    }

    static Intervention.Details details(InterventionType type, LocalDate on, TestResult result) {
        return new Intervention.Details(type, on, 30, result, "  notes  ", false);
    }

    static void refusedBy(Runnable action, String rule) {
        assertThatThrownBy(action::run)
                .isInstanceOf(InterventionRuleViolated.class)
                .extracting(e -> ((DomainProblem) e).slug())
                .isEqualTo(rule);
    }

    @Test
    void records_work_on_the_allocations_first_day_and_today() {
        Allocation allocation = allocation();
        Intervention first = Intervention.record(
                allocation, ADULT, details(InterventionType.HOME_VISIT, ALLOCATED, null), TODAY, Instant.now());
        assertThat(first.practitionerId()).isEqualTo(allocation.practitionerId());
        assertThat(first.agencyId()).isEqualTo(allocation.agencyId());
        assertThat(first.notes()).isEqualTo("notes");
        Intervention.record(
                allocation,
                ADULT,
                details(InterventionType.DRUG_TEST, TODAY, TestResult.POSITIVE),
                TODAY,
                Instant.now());
    }

    @Test
    void refuses_work_in_the_future_or_before_the_allocation() {
        refusedBy(
                () -> Intervention.record(
                        allocation(),
                        ADULT,
                        details(InterventionType.HOME_VISIT, TODAY.plusDays(1), null),
                        TODAY,
                        Instant.now()),
                "intervention-in-the-future");
        refusedBy(
                () -> Intervention.record(
                        allocation(),
                        ADULT,
                        details(InterventionType.HOME_VISIT, ALLOCATED.minusDays(1), null),
                        TODAY,
                        Instant.now()),
                "before-allocation");
    }

    @Test
    void a_test_needs_its_result_and_nothing_else_has_one() {
        refusedBy(
                () -> Intervention.record(
                        allocation(), ADULT, details(InterventionType.ALCOHOL_TEST, TODAY, null), TODAY, Instant.now()),
                "test-result-required");
        refusedBy(
                () -> Intervention.record(
                        allocation(),
                        ADULT,
                        details(InterventionType.CORE_GROUP, TODAY, TestResult.NEGATIVE),
                        TODAY,
                        Instant.now()),
                "test-result-not-applicable");
    }

    @Test
    void work_done_while_the_allocation_was_open_is_recorded_within_the_grace_period_after_it_ended() {
        Allocation allocation = allocation();
        allocation.end(TODAY, "closed", TODAY, Instant.now());
        LocalDate lastDayToRecord = TODAY.plusDays(Intervention.LATE_RECORDING_DAYS);
        Intervention late = Intervention.record(
                allocation, ADULT, details(InterventionType.HOME_VISIT, TODAY, null), lastDayToRecord, Instant.now());
        assertThat(late.occurredOn()).isEqualTo(TODAY);
        refusedBy(
                () -> Intervention.record(
                        allocation,
                        ADULT,
                        details(InterventionType.HOME_VISIT, TODAY, null),
                        lastDayToRecord.plusDays(1),
                        Instant.now()),
                "allocation-ended");
    }

    @Test
    void refuses_work_dated_after_the_allocation_ended() {
        Allocation allocation = allocation();
        allocation.end(TODAY.minusDays(1), "closed", TODAY, Instant.now());
        refusedBy(
                () -> Intervention.record(
                        allocation, ADULT, details(InterventionType.HOME_VISIT, TODAY, null), TODAY, Instant.now()),
                "after-allocation");
    }

    @Test
    void an_intervention_is_voided_once() {
        Intervention intervention = Intervention.record(
                allocation(), ADULT, details(InterventionType.JOINT_VISIT, TODAY, null), TODAY, Instant.now());
        intervention.voidAsError("wrong parent", Instant.now());
        assertThat(intervention.voided()).isTrue();
        refusedBy(() -> intervention.voidAsError("again", Instant.now()), "already-voided");
    }
}
