package org.familysafeguarding.caseload.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.readmodel.Council;
import org.familysafeguarding.caseload.readmodel.TeamMembership;
import org.junit.jupiter.api.Test;

class TeamMembershipTest {

    static final LocalDate JOINED = LocalDate.of(2026, 1, 5);
    static final LocalDate LEFT = LocalDate.of(2026, 10, 31);

    static TeamMembership membership() {
        return TeamMembership.of(UUID.randomUUID(), UUID.randomUUID(), "E10000032", Instant.now());
    }

    @Test
    void a_member_from_joining_to_leaving_both_days_included() {
        TeamMembership m = membership();
        m.joined(JOINED, Instant.now());
        m.left(LEFT, Instant.now());
        assertThat(m.memberOn(JOINED.minusDays(1))).isFalse();
        assertThat(m.memberOn(JOINED)).isTrue();
        assertThat(m.memberOn(LEFT)).isTrue();
        assertThat(m.memberOn(LEFT.plusDays(1))).isFalse();
    }

    @Test
    void an_old_joining_arriving_after_the_leaving_does_not_bring_the_practitioner_back() {
        TeamMembership m = membership();
        m.joined(JOINED, Instant.now());
        m.left(LEFT, Instant.now());
        m.joined(JOINED, Instant.now());
        assertThat(m.memberOn(LEFT.plusDays(1))).isFalse();
    }

    @Test
    void a_leaving_arriving_before_its_joining_still_bounds_the_membership() {
        TeamMembership m = membership();
        m.left(LEFT, Instant.now());
        m.joined(JOINED, Instant.now());
        assertThat(m.memberOn(JOINED)).isTrue();
        assertThat(m.memberOn(LEFT.plusDays(1))).isFalse();
    }

    @Test
    void rejoining_after_leaving_makes_a_member_again() {
        TeamMembership m = membership();
        m.joined(JOINED, Instant.now());
        m.left(LEFT, Instant.now());
        m.joined(LEFT.plusMonths(2), Instant.now());
        assertThat(m.memberOn(LEFT.plusMonths(3))).isTrue();
        m.left(LEFT, Instant.now());
        assertThat(m.memberOn(LEFT.plusMonths(3))).isTrue();
    }

    @Test
    void a_council_keeps_its_newest_state() {
        var newer = new Council.State(
                "West Sussex County Council",
                "938",
                LocalDate.of(2022, 9, 1),
                List.of(new Council.ChildPopulation(2025, 176200)),
                Instant.parse("2026-11-24T10:00:00Z"));
        var older = new Council.State("Old name", "938", null, List.of(), Instant.parse("2026-11-23T09:30:00Z"));
        Council council = Council.known("E10000032", newer, Instant.now());
        assertThat(council.follow(older, Instant.now())).isFalse();
        assertThat(council.name()).isEqualTo("West Sussex County Council");
        assertThat(council.childPopulation()).hasSize(1);
    }
}
