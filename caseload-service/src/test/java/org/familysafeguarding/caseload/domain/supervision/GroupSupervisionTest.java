package org.familysafeguarding.caseload.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class GroupSupervisionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final UUID TEAM = UUID.randomUUID();
    static final UUID FAMILY = UUID.randomUUID();
    static final UUID WORKER = UUID.randomUUID();

    static GroupSupervision.Record session(LocalDate date, UUID actionFamily, LocalDate due) {
        return new GroupSupervision.Record(
                TEAM,
                date,
                List.of(new Attendee(WORKER, Discipline.SUBSTANCE_USE)),
                List.of(new FamilyDiscussed(FAMILY, RiskRating.MEDIUM, "Continue the plan")),
                List.of(new GroupSupervision.PlannedAction(actionFamily, "Test result to conference", WORKER, due)));
    }

    @Test
    void an_open_action_past_its_due_date_is_overdue_until_done() {
        var recorded = GroupSupervision.record(
                "E10000032", session(TODAY.minusDays(30), FAMILY, TODAY.minusDays(1)), "sw", TODAY, NOW);
        SupervisionAction action = recorded.actions().getFirst();
        assertThat(action.overdueOn(TODAY)).isTrue();
        assertThat(action.overdueOn(TODAY.minusDays(1))).isFalse();
        action.changeStatus(ActionStatus.DONE, "sw", NOW);
        assertThat(action.overdueOn(TODAY)).isFalse();
        assertThatThrownBy(() -> action.changeStatus(ActionStatus.CANCELLED, "sw", NOW))
                .isInstanceOf(SupervisionRuleViolated.class);
    }

    @Test
    void a_session_is_corrected_only_before_it_is_agreed_and_stays_with_its_team() {
        GroupSupervision s = GroupSupervision.record("E10000032", session(TODAY, FAMILY, TODAY), "sw", TODAY, NOW)
                .session();
        var replaced = s.correct(session(TODAY.minusDays(1), FAMILY, TODAY.plusDays(7)), TODAY, NOW);
        assertThat(s.sessionDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(replaced)
                .singleElement()
                .extracting(SupervisionAction::dueDate)
                .isEqualTo(TODAY.plusDays(7));
        var otherTeam = new GroupSupervision.Record(UUID.randomUUID(), TODAY, List.of(), List.of(), List.of());
        assertThatThrownBy(() -> s.correct(otherTeam, TODAY, NOW)).hasMessageContaining("stays with the team");
        s.agree("tm", NOW);
        assertThatThrownBy(() -> s.correct(session(TODAY, FAMILY, TODAY), TODAY, NOW))
                .hasMessageContaining("stands");
    }

    @Test
    void a_session_is_agreed_once() {
        GroupSupervision s = GroupSupervision.record("E10000032", session(TODAY, FAMILY, TODAY), "sw", TODAY, NOW)
                .session();
        s.agree("tm", NOW);
        assertThat(s.agreedBy()).isEqualTo("tm");
        assertThatThrownBy(() -> s.agree("tm", NOW)).isInstanceOf(SupervisionRuleViolated.class);
    }

    @Test
    void sessions_in_the_future_and_actions_for_families_not_discussed_or_due_before_the_session_are_refused() {
        assertThatThrownBy(() -> GroupSupervision.record(
                        "E10000032", session(TODAY.plusDays(1), FAMILY, TODAY.plusDays(2)), "sw", TODAY, NOW))
                .hasMessageContaining("taken place");
        assertThatThrownBy(() -> GroupSupervision.record(
                        "E10000032", session(TODAY, UUID.randomUUID(), TODAY), "sw", TODAY, NOW))
                .hasMessageContaining("was not");
        assertThatThrownBy(() -> GroupSupervision.record(
                        "E10000032", session(TODAY, FAMILY, TODAY.minusDays(1)), "sw", TODAY, NOW))
                .hasMessageContaining("before the session");
    }
}
