package org.familysafeguarding.caseload.domain.plan;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.plan.PlanTimeline.Period;
import org.junit.jupiter.api.Test;

class PlanTimelineTest {

    static Period period(String start, String end) {
        return new Period(UUID.randomUUID(), LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    @Test
    void refuses_a_period_ending_before_it_starts() {
        assertThatThrownBy(() ->
                        PlanTimeline.requireFits(PlanKind.CHILD_IN_NEED, period("2025-03-02", "2025-03-01"), List.of()))
                .isInstanceOf(PlanRuleViolated.class);
        assertThatCode(() ->
                        PlanTimeline.requireFits(PlanKind.CHILD_IN_NEED, period("2025-03-02", "2025-03-02"), List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void refuses_a_period_inside_or_across_another() {
        var existing = List.of(period("2025-01-01", "2025-06-30"));
        for (Period clash : List.of(
                period("2025-02-01", "2025-03-01"),
                period("2024-12-01", "2025-01-02"),
                period("2025-06-29", null),
                period("2024-01-01", null))) {
            assertThatThrownBy(() -> PlanTimeline.requireFits(PlanKind.LOOKED_AFTER, clash, existing))
                    .isInstanceOf(PlanRuleViolated.class);
        }
    }

    @Test
    void accepts_periods_that_only_touch_at_an_end() {
        var existing = List.of(period("2025-01-01", "2025-06-30"));
        assertThatCode(() -> PlanTimeline.requireFits(PlanKind.LOOKED_AFTER, period("2025-06-30", null), existing))
                .doesNotThrowAnyException();
        assertThatCode(() ->
                        PlanTimeline.requireFits(PlanKind.LOOKED_AFTER, period("2024-06-30", "2025-01-01"), existing))
                .doesNotThrowAnyException();
    }
}
