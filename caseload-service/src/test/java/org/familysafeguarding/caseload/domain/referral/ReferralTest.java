package org.familysafeguarding.caseload.domain.referral;

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

class ReferralTest {

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

    static Referral receive(LocalDate date, List<Referral> earlier) {
        Referral referral = Referral.receive(CHILD, date, "6", "N1", null, earlier, TODAY, NOW);
        earlier.add(referral);
        return referral;
    }

    @Test
    void a_backdated_referral_makes_the_later_one_a_re_referral() {
        var history = new ArrayList<Referral>();
        Referral later = receive(LocalDate.of(2026, 6, 1), history);
        assertThat(later.reReferral()).isFalse();
        Referral earlier = receive(LocalDate.of(2025, 9, 1), history);
        assertThat(earlier.reReferral()).isFalse();
        assertThat(later.reReferral()).isTrue();
    }

    @Test
    void refuses_a_referral_in_the_future_or_twice_on_one_day() {
        assertThatThrownBy(() -> receive(TODAY.plusDays(1), new ArrayList<>()))
                .isInstanceOf(ReferralRuleViolated.class);
        var history = new ArrayList<Referral>();
        receive(TODAY, history);
        assertThatThrownBy(() -> receive(TODAY, history)).isInstanceOf(ReferralRuleViolated.class);
    }

    @Test
    void refuses_source_and_need_codes_off_the_census_lists() {
        assertThatThrownBy(() -> Referral.receive(CHILD, TODAY, "99", "N1", null, List.of(), TODAY, NOW))
                .isInstanceOf(InvalidCode.class);
        assertThatThrownBy(() -> Referral.receive(CHILD, TODAY, "6", "N10", null, List.of(), TODAY, NOW))
                .isInstanceOf(InvalidCode.class);
    }

    @Test
    void an_outcome_once_decided_stands() {
        Referral referral = receive(TODAY, new ArrayList<>());
        referral.decide(ReferralOutcome.SECTION_47, NOW);
        referral.decide(ReferralOutcome.SECTION_47, NOW);
        assertThat(referral.outcome()).isEqualTo(ReferralOutcome.SECTION_47);
        assertThatThrownBy(() -> referral.decide(ReferralOutcome.NO_FURTHER_ACTION, NOW))
                .isInstanceOf(ReferralRuleViolated.class);
    }

    @Test
    void a_referral_with_no_further_action_needs_no_primary_need_and_closes_its_episode_that_day() {
        // review finding C12: the DfE's primary need is the one found at assessment
        Referral nfa = Referral.receive(
                CHILD,
                LocalDate.of(2025, 5, 1),
                "6",
                null,
                org.familysafeguarding.caseload.domain.referral.ReferralOutcome.NO_FURTHER_ACTION,
                new java.util.ArrayList<>(),
                TODAY,
                NOW);
        assertThat(nfa.primaryNeed()).isNull();
        assertThat(nfa.closureDate()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(nfa.closureReason()).isEqualTo("RC8");
        assertThatThrownBy(() -> Referral.receive(
                        CHILD,
                        LocalDate.of(2025, 6, 1),
                        "6",
                        null,
                        org.familysafeguarding.caseload.domain.referral.ReferralOutcome.ASSESSMENT,
                        new java.util.ArrayList<>(),
                        TODAY,
                        NOW))
                .isInstanceOf(ReferralRuleViolated.class);
    }

    @Test
    void an_episode_closes_once_not_before_its_referral_nor_in_the_future() {
        Referral referral = receive(LocalDate.of(2025, 5, 1), new java.util.ArrayList<>());
        assertThatThrownBy(() -> referral.closeEpisode(LocalDate.of(2025, 4, 30), "RC8", TODAY, NOW))
                .isInstanceOf(ReferralRuleViolated.class);
        assertThatThrownBy(() -> referral.closeEpisode(TODAY.plusDays(1), "RC8", TODAY, NOW))
                .isInstanceOf(ReferralRuleViolated.class);
        referral.closeEpisode(LocalDate.of(2025, 7, 1), "RC9", TODAY, NOW);
        assertThat(referral.openOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(referral.openOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThatThrownBy(() -> referral.closeEpisode(LocalDate.of(2025, 8, 1), "RC7", TODAY, NOW))
                .isInstanceOf(ReferralRuleViolated.class);
    }
}
