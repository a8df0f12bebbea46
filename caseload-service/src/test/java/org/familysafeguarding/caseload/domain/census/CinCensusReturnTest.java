package org.familysafeguarding.caseload.domain.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.domain.family.PersonName;
import org.familysafeguarding.caseload.domain.plan.Plan;
import org.familysafeguarding.caseload.domain.plan.PlanKind;
import org.familysafeguarding.caseload.domain.referral.Referral;
import org.familysafeguarding.caseload.domain.referral.ReferralOutcome;
import org.junit.jupiter.api.Test;

class CinCensusReturnTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Family FAMILY = Family.open("E10000032", "Hawthorn family", NOW);
    static final CollectionYear YEAR_2026 = new CollectionYear(2026);

    static Child child(String id) {
        return Child.record(
                FAMILY,
                new Child.Details(
                        new PersonName("Sky", "Hawthorn"),
                        LocalDate.of(2018, 1, 1),
                        null,
                        "M",
                        "WBRI",
                        Set.of("NONE"),
                        null,
                        null,
                        id),
                TODAY,
                NOW);
    }

    static Referral referral(Child child, String date, ReferralOutcome outcome, List<Referral> earlier) {
        Referral r = Referral.receive(child, LocalDate.parse(date), "6", "N1", outcome, earlier, TODAY, NOW);
        earlier.add(r);
        return r;
    }

    static Plan plan(Child child, PlanKind kind, String start, String end, List<Plan> sameKind) {
        Plan p = Plan.start(
                child,
                new Plan.Start(
                        kind,
                        LocalDate.parse(start),
                        kind == PlanKind.CHILD_PROTECTION ? "NEG" : null,
                        null,
                        end == null ? null : LocalDate.parse(end),
                        null),
                sameKind,
                TODAY,
                NOW);
        sameKind.add(p);
        return p;
    }

    @Test
    void the_collection_year_runs_from_1_april_to_the_census_date_of_31_march() {
        assertThat(YEAR_2026.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(YEAR_2026.censusDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> new CollectionYear(2027).requireReached(TODAY)).isInstanceOf(CensusRuleViolated.class);
    }

    @Test
    void a_referral_with_no_further_action_closes_its_episode_on_the_day_with_rc8() {
        Child child = child("A1");
        var referrals = new ArrayList<Referral>();
        referral(child, "2025-06-01", ReferralOutcome.NO_FURTHER_ACTION, referrals);
        var episode = CinCensusReturn.build(YEAR_2026, List.of(child), referrals, List.of(), List.of())
                .getFirst()
                .episodes()
                .getFirst();
        assertThat(episode.noFurtherAction()).isTrue();
        assertThat(episode.closureDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(episode.reasonForClosure()).isEqualTo("RC8");
    }

    @Test
    void an_episode_closes_when_the_case_closes_and_one_closed_before_the_year_is_left_out() {
        Child child = child("B1");
        var referrals = new ArrayList<Referral>();
        var cin = new ArrayList<Plan>();
        referral(child, "2023-05-01", ReferralOutcome.ASSESSMENT, referrals)
                .closeEpisode(LocalDate.of(2024, 2, 1), "RC7", TODAY, NOW);
        plan(child, PlanKind.CHILD_IN_NEED, "2023-06-01", "2024-02-01", cin);
        referral(child, "2025-09-01", ReferralOutcome.ASSESSMENT, referrals)
                .closeEpisode(LocalDate.of(2026, 1, 15), "RC7", TODAY, NOW);
        plan(child, PlanKind.CHILD_IN_NEED, "2025-10-01", "2026-01-15", cin);
        var episodes = CinCensusReturn.build(YEAR_2026, List.of(child), referrals, List.of(), cin)
                .getFirst()
                .episodes();
        assertThat(episodes).hasSize(1);
        assertThat(episodes.getFirst().closureDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(episodes.getFirst().reasonForClosure()).isEqualTo("RC7");
        assertThat(episodes.getFirst().cinPlans()).hasSize(1);
    }

    @Test
    void dates_after_the_census_date_are_not_reported_and_earlier_cp_plans_are_counted() {
        Child child = child("C1");
        var referrals = new ArrayList<Referral>();
        var cp = new ArrayList<Plan>();
        plan(child, PlanKind.CHILD_PROTECTION, "2021-01-01", "2021-12-01", cp);
        referral(child, "2025-12-01", ReferralOutcome.SECTION_47, referrals);
        plan(child, PlanKind.CHILD_PROTECTION, "2026-01-10", "2026-05-01", cp);
        referral(child, "2026-06-01", ReferralOutcome.ASSESSMENT, referrals);
        var result = CinCensusReturn.build(YEAR_2026, List.of(child), referrals, List.of(), cp);
        var episodes = result.getFirst().episodes();
        assertThat(episodes).hasSize(1);
        var plan = episodes.getFirst().cpPlans().getFirst();
        assertThat(plan.endDate()).isNull();
        assertThat(plan.previousPlans()).isEqualTo(1);
        assertThat(episodes.getFirst().closureDate()).isNull();
        assertThat(episodes.getFirst().initialConference()).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void a_case_closed_after_assessment_without_a_plan_closes_its_episode_with_rc8_or_rc9() {
        // review finding C1: such an episode could never close, so it stayed open in every later return
        Child child = child("E1");
        var referrals = new ArrayList<Referral>();
        referral(child, "2024-11-04", ReferralOutcome.ASSESSMENT, referrals)
                .closeEpisode(LocalDate.of(2025, 1, 10), "RC9", TODAY, NOW);
        referral(child, "2025-05-06", ReferralOutcome.ASSESSMENT, referrals)
                .closeEpisode(LocalDate.of(2025, 6, 20), "RC8", TODAY, NOW);
        var episodes = CinCensusReturn.build(YEAR_2026, List.of(child), referrals, List.of(), List.of())
                .getFirst()
                .episodes();
        assertThat(episodes)
                .as("the episode closed in 2024-25 is not in the 2026 return")
                .hasSize(1);
        assertThat(episodes.getFirst().closureDate()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(episodes.getFirst().reasonForClosure()).isEqualTo("RC8");
        assertThat(episodes.getFirst().noFurtherAction()).isFalse();
        var year2025 = CinCensusReturn.build(new CollectionYear(2025), List.of(child), referrals, List.of(), List.of())
                .getFirst()
                .episodes();
        assertThat(year2025.getFirst().reasonForClosure()).isEqualTo("RC9");
    }

    @Test
    void an_episode_stays_open_until_its_case_closes_whatever_its_plans_did() {
        Child child = child("F1");
        var referrals = new ArrayList<Referral>();
        var cin = new ArrayList<Plan>();
        referral(child, "2025-05-01", ReferralOutcome.ASSESSMENT, referrals);
        plan(child, PlanKind.CHILD_IN_NEED, "2025-06-01", "2025-12-01", cin);
        var episode = CinCensusReturn.build(YEAR_2026, List.of(child), referrals, List.of(), cin)
                .getFirst()
                .episodes()
                .getFirst();
        assertThat(episode.closureDate()).isNull();
        assertThat(episode.cinPlans().getFirst().endDate()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void a_child_never_referred_is_not_in_the_return() {
        assertThat(CinCensusReturn.build(YEAR_2026, List.of(child("D1")), List.of(), List.of(), List.of()))
                .isEmpty();
    }
}
