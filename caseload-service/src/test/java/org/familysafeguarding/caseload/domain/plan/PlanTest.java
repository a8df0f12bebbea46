package org.familysafeguarding.caseload.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.familysafeguarding.caseload.domain.code.InvalidCode;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.domain.family.PersonName;
import org.junit.jupiter.api.Test;

class PlanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Child CHILD = Child.record(
            Family.open("E10000032", "Ashdown family", NOW),
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

    static Plan protection(LocalDate start, List<Plan> history) {
        Plan plan =
                Plan.start(CHILD, new Plan.Start(PlanKind.CHILD_PROTECTION, start, "NEG", null), history, TODAY, NOW);
        history.add(plan);
        return plan;
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_child_protection_plan_keeps_its_initial_category_when_the_latest_changes() {
        Plan plan = protection(day("2026-01-05"), new ArrayList<>());
        plan.recategorise("EMO", NOW);
        assertThat(plan.initialCategory()).isEqualTo("NEG");
        assertThat(plan.latestCategory()).isEqualTo("EMO");
        assertThat(plan.secondOrLater()).isFalse();
    }

    @Test
    void a_child_protection_plan_after_an_earlier_one_is_second_or_later() {
        var history = new ArrayList<Plan>();
        Plan first = protection(day("2023-02-01"), history);
        first.close(day("2024-01-10"), null, history, TODAY, NOW);
        Plan second = protection(day("2025-06-01"), history);
        assertThat(second.secondOrLater()).isTrue();
        assertThat(first.secondOrLater()).isFalse();
    }

    @Test
    void a_backdated_earlier_plan_makes_the_existing_one_second_or_later() {
        var history = new ArrayList<Plan>();
        Plan recorded = protection(day("2025-06-01"), history);
        Plan backdated = Plan.start(
                CHILD,
                new Plan.Start(PlanKind.CHILD_PROTECTION, day("2022-01-01"), "PHY", null, day("2022-09-30"), null),
                history,
                TODAY,
                NOW);
        assertThat(backdated.secondOrLater()).isFalse();
        assertThat(recorded.secondOrLater()).isTrue();
    }

    @Test
    void refuses_a_plan_that_overlaps_an_open_one_of_the_same_kind() {
        var history = new ArrayList<Plan>();
        protection(day("2026-01-05"), history);
        assertThatThrownBy(() -> protection(day("2026-03-01"), history))
                .isInstanceOf(PlanRuleViolated.class)
                .hasMessageContaining("cannot overlap");
        assertThatThrownBy(() -> protection(day("2025-12-01"), history)).isInstanceOf(PlanRuleViolated.class);
    }

    @Test
    void plans_of_different_kinds_may_run_together_and_one_may_start_the_day_another_ends() {
        var protectionPlans = new ArrayList<Plan>();
        Plan first = protection(day("2025-01-06"), protectionPlans);
        Plan.start(
                CHILD, new Plan.Start(PlanKind.PRE_PROCEEDINGS, day("2025-02-01"), null, null), List.of(), TODAY, NOW);
        first.close(day("2025-09-01"), null, protectionPlans, TODAY, NOW);
        assertThat(protection(day("2025-09-01"), protectionPlans).secondOrLater())
                .isTrue();
    }

    @Test
    void refuses_a_closure_before_the_start_or_into_the_next_plan() {
        var history = new ArrayList<Plan>();
        Plan first = protection(day("2024-01-06"), history);
        assertThatThrownBy(() -> first.close(day("2024-01-05"), null, history, TODAY, NOW))
                .isInstanceOf(PlanRuleViolated.class)
                .hasMessageContaining("before it starts");
        // a later plan recorded with the first still open cannot exist, so close then start, then try to move
        first.close(day("2024-06-01"), null, history, TODAY, NOW);
        assertThatThrownBy(() -> first.close(day("2024-07-01"), null, history, TODAY, NOW))
                .isInstanceOf(PlanRuleViolated.class)
                .hasMessageContaining("closed");
    }

    @Test
    void a_child_protection_plan_ends_without_a_cin_reason_which_belongs_to_the_case() {
        Plan plan = protection(day("2026-01-05"), new ArrayList<>());
        assertThatThrownBy(() -> plan.close(day("2026-02-01"), "RC7", List.of(plan), TODAY, NOW))
                .isInstanceOf(PlanRuleViolated.class)
                .hasMessageContaining("referrals");
        assertThat(plan.endDate()).isNull();
        plan.close(day("2026-02-01"), null, List.of(plan), TODAY, NOW);
        assertThat(plan.closureReason()).isNull();
    }

    @Test
    void a_looked_after_episode_ends_with_an_ssda903_reason_not_a_cin_one() {
        Plan episode = Plan.start(
                CHILD, new Plan.Start(PlanKind.LOOKED_AFTER, day("2025-01-05"), null, "C2"), List.of(), TODAY, NOW);
        assertThatThrownBy(() -> episode.close(day("2026-02-01"), "RC1", List.of(episode), TODAY, NOW))
                .isInstanceOf(InvalidCode.class);
        assertThatThrownBy(() -> episode.close(day("2026-02-01"), null, List.of(episode), TODAY, NOW))
                .isInstanceOf(PlanRuleViolated.class);
        episode.close(day("2026-02-01"), "E11", List.of(episode), TODAY, NOW);
        assertThat(episode.closureReason()).isEqualTo("E11");
    }

    @Test
    void a_legal_status_changes_within_the_episode_after_the_status_in_force() {
        Plan episode = Plan.start(
                CHILD, new Plan.Start(PlanKind.LOOKED_AFTER, day("2025-01-05"), null, "C1"), List.of(), TODAY, NOW);
        assertThatThrownBy(() -> episode.changeLegalStatus("C2", day("2025-01-05"), day("2025-01-05"), TODAY, NOW))
                .isInstanceOf(PlanRuleViolated.class);
        episode.changeLegalStatus("C2", day("2025-06-01"), day("2025-01-05"), TODAY, NOW);
        assertThat(episode.legalStatus()).isEqualTo("C2");
        assertThat(episode.startDate()).isEqualTo(day("2025-01-05"));
        Plan protection = protection(day("2026-01-05"), new ArrayList<>());
        assertThatThrownBy(() -> protection.changeLegalStatus("C2", day("2026-02-01"), day("2026-01-05"), TODAY, NOW))
                .isInstanceOf(PlanRuleViolated.class);
    }

    @Test
    void a_looked_after_episode_needs_a_legal_status_and_a_child_protection_plan_a_category() {
        assertThatThrownBy(() -> Plan.start(
                        CHILD,
                        new Plan.Start(PlanKind.LOOKED_AFTER, day("2026-01-05"), null, null),
                        List.of(),
                        TODAY,
                        NOW))
                .isInstanceOf(PlanRuleViolated.class);
        assertThatThrownBy(() -> Plan.start(
                        CHILD,
                        new Plan.Start(PlanKind.LOOKED_AFTER, day("2026-01-05"), null, "Z9"),
                        List.of(),
                        TODAY,
                        NOW))
                .isInstanceOf(InvalidCode.class);
        assertThat(Plan.start(
                                CHILD,
                                new Plan.Start(PlanKind.LOOKED_AFTER, day("2026-01-05"), null, "C2"),
                                List.of(),
                                TODAY,
                                NOW)
                        .legalStatus())
                .isEqualTo("C2");
        assertThatThrownBy(() -> Plan.start(
                        CHILD,
                        new Plan.Start(PlanKind.CHILD_PROTECTION, day("2026-01-05"), null, null),
                        List.of(),
                        TODAY,
                        NOW))
                .isInstanceOf(PlanRuleViolated.class);
        assertThatThrownBy(() -> Plan.start(
                        CHILD,
                        new Plan.Start(PlanKind.CHILD_IN_NEED, day("2026-01-05"), "NEG", null),
                        List.of(),
                        TODAY,
                        NOW))
                .isInstanceOf(PlanRuleViolated.class);
    }

    @Test
    void refuses_a_past_plan_recorded_with_an_end_before_its_start_or_with_a_reason_of_the_case() {
        assertThatThrownBy(() -> Plan.start(
                        CHILD,
                        new Plan.Start(PlanKind.CHILD_IN_NEED, day("2022-01-01"), null, null, day("2021-12-31"), null),
                        List.of(),
                        TODAY,
                        NOW))
                .isInstanceOf(PlanRuleViolated.class)
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> Plan.start(
                        CHILD,
                        new Plan.Start(PlanKind.CHILD_IN_NEED, day("2022-01-01"), null, null, day("2022-12-31"), "RC7"),
                        List.of(),
                        TODAY,
                        NOW))
                .isInstanceOf(PlanRuleViolated.class);
    }

    @Test
    void refuses_a_plan_starting_in_the_future() {
        assertThatThrownBy(() -> protection(TODAY.plusDays(1), new ArrayList<>()))
                .isInstanceOf(PlanRuleViolated.class);
    }
}
