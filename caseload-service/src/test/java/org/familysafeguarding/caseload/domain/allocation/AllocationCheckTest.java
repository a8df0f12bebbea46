package org.familysafeguarding.caseload.domain.allocation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familysafeguarding.caseload.readmodel.Practitioner;
import org.familysafeguarding.caseload.readmodel.Team;
import org.familysafeguarding.platform.problem.DomainProblem;
import org.junit.jupiter.api.Test;

class AllocationCheckTest {

    static final LocalDate ON = LocalDate.of(2026, 11, 20);
    static final String COUNCIL = "E10000032";
    static final Team TEAM = Team.formed(
            UUID.randomUUID(),
            COUNCIL,
            null,
            Map.of("ADULT_PRACTITIONER_SUBSTANCE_USE", 14, "SOCIAL_WORKER", 18),
            LocalDate.of(2026, 1, 5),
            Instant.now());

    static Practitioner practitioner(String role, String fte, LocalDate start, LocalDate end) {
        return Practitioner.known(
                UUID.randomUUID(),
                new Practitioner.State(
                        UUID.randomUUID(), role, fte == null ? null : new BigDecimal(fte), start, end, "login"),
                null,
                Instant.now());
    }

    static final Practitioner SUBSTANCE_USE =
            practitioner("ADULT_PRACTITIONER_SUBSTANCE_USE", "1.0", LocalDate.of(2026, 1, 5), null);

    static AllocationCheck check(
            Practitioner p, boolean inHouse, Optional<Team> team, boolean commissioned, boolean sharing, long open) {
        return new AllocationCheck(
                Specialism.SUBSTANCE_USE, COUNCIL, ON, p, inHouse, team, commissioned, sharing, open);
    }

    static void refusedBy(AllocationCheck check, String rule) {
        assertThatThrownBy(check::enforce)
                .isInstanceOf(AllocationRefused.class)
                .extracting(e -> ((DomainProblem) e).slug())
                .isEqualTo(rule);
    }

    @Test
    void allows_a_commissioned_practitioner_under_an_agreement_below_the_limit() {
        assertThatCode(() -> check(SUBSTANCE_USE, false, Optional.of(TEAM), true, true, 13)
                        .enforce())
                .doesNotThrowAnyException();
    }

    @Test
    void refuses_a_practitioner_not_yet_or_no_longer_in_post() {
        refusedBy(
                check(
                        practitioner("ADULT_PRACTITIONER_SUBSTANCE_USE", "1", ON.plusDays(1), null),
                        false,
                        Optional.of(TEAM),
                        true,
                        true,
                        0),
                "practitioner-not-active");
        refusedBy(
                check(
                        practitioner("ADULT_PRACTITIONER_SUBSTANCE_USE", "1", ON.minusYears(1), ON.minusDays(1)),
                        false,
                        Optional.of(TEAM),
                        true,
                        true,
                        0),
                "practitioner-not-active");
        assertThatCode(() -> check(
                                practitioner("ADULT_PRACTITIONER_SUBSTANCE_USE", "1", ON.minusYears(1), ON),
                                false,
                                Optional.of(TEAM),
                                true,
                                true,
                                0)
                        .enforce())
                .doesNotThrowAnyException();
    }

    @Test
    void refuses_a_practitioner_whose_role_does_not_match_the_specialism() {
        refusedBy(
                check(
                        practitioner("MENTAL_HEALTH_PRACTITIONER", "1", ON.minusYears(1), null),
                        false,
                        Optional.of(TEAM),
                        true,
                        true,
                        0),
                "role-does-not-match");
    }

    @Test
    void refuses_a_practitioner_in_no_team_of_the_council() {
        refusedBy(check(SUBSTANCE_USE, false, Optional.empty(), true, true, 0), "not-in-team");
    }

    @Test
    void refuses_an_agency_not_commissioned_and_one_without_an_agreement() {
        refusedBy(check(SUBSTANCE_USE, false, Optional.of(TEAM), false, true, 0), "not-commissioned");
        refusedBy(check(SUBSTANCE_USE, false, Optional.of(TEAM), true, false, 0), "no-information-sharing-agreement");
    }

    @Test
    void the_councils_own_staff_need_neither_contract_nor_agreement() {
        assertThatCode(() -> check(SUBSTANCE_USE, true, Optional.of(TEAM), false, false, 0)
                        .enforce())
                .doesNotThrowAnyException();
    }

    @Test
    void only_the_councils_own_social_workers_lead_a_family() {
        Practitioner agencySocialWorker = practitioner("SOCIAL_WORKER", "1", ON.minusYears(1), null);
        refusedBy(
                new AllocationCheck(
                        Specialism.LEAD_SOCIAL_WORK,
                        COUNCIL,
                        ON,
                        agencySocialWorker,
                        false,
                        Optional.of(TEAM),
                        true,
                        true,
                        0),
                "not-commissioned");
        assertThatCode(() -> new AllocationCheck(
                                Specialism.LEAD_SOCIAL_WORK,
                                COUNCIL,
                                ON,
                                agencySocialWorker,
                                true,
                                Optional.of(TEAM),
                                false,
                                false,
                                17)
                        .enforce())
                .doesNotThrowAnyException();
    }

    @Test
    void refuses_a_practitioner_at_their_caseload_limit() {
        refusedBy(check(SUBSTANCE_USE, false, Optional.of(TEAM), true, true, 14), "caseload-limit-reached");
    }

    @Test
    void the_limit_is_scaled_by_fte_and_rounded_down() {
        Practitioner partTime = practitioner("ADULT_PRACTITIONER_SUBSTANCE_USE", "0.8", ON.minusYears(1), null);
        // 14 x 0.8 = 11.2: eleven open allocations are the most
        assertThatCode(() -> check(partTime, false, Optional.of(TEAM), true, true, 10)
                        .enforce())
                .doesNotThrowAnyException();
        refusedBy(check(partTime, false, Optional.of(TEAM), true, true, 11), "caseload-limit-reached");
    }

    @Test
    void a_practitioner_without_an_fte_counts_as_full_time() {
        Practitioner unknownFte = practitioner("ADULT_PRACTITIONER_SUBSTANCE_USE", null, ON.minusYears(1), null);
        assertThatCode(() -> check(unknownFte, false, Optional.of(TEAM), true, true, 13)
                        .enforce())
                .doesNotThrowAnyException();
    }

    @Test
    void a_role_the_team_sets_no_limit_for_is_not_capped() {
        Team noLimits = Team.formed(UUID.randomUUID(), COUNCIL, null, Map.of(), ON, Instant.now());
        assertThatCode(() -> check(SUBSTANCE_USE, false, Optional.of(noLimits), true, true, 100)
                        .enforce())
                .doesNotThrowAnyException();
    }
}
