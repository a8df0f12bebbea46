package org.familysafeguarding.caseload.domain.familystar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.domain.family.PersonName;
import org.junit.jupiter.api.Test;

class FamilyStarReadingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Adult PARENT = Adult.record(
            Family.open("E10000032", "Ashdown family", NOW),
            new Adult.Details(new PersonName("Jordan", "Ashdown"), null, null, null, List.of()),
            Set.of(),
            TODAY,
            NOW);

    static Map<FamilyStarArea, Integer> all(int score) {
        var scores = new EnumMap<FamilyStarArea, Integer>(FamilyStarArea.class);
        for (FamilyStarArea area : FamilyStarArea.values()) {
            scores.put(area, score);
        }
        return scores;
    }

    static FamilyStarReading take(
            FamilyStarStage stage, String date, Map<FamilyStarArea, Integer> scores, List<FamilyStarReading> history) {
        FamilyStarReading reading =
                FamilyStarReading.take(PARENT, stage, LocalDate.parse(date), scores, history, TODAY, NOW);
        history.add(reading);
        return reading;
    }

    @Test
    void distance_travelled_is_the_latest_score_less_the_start_score_in_each_area() {
        var history = new ArrayList<FamilyStarReading>();
        var start = all(3);
        start.put(FamilyStarArea.KEEPING_CHILDREN_SAFE, 2);
        take(FamilyStarStage.START, "2025-01-10", start, history);
        take(FamilyStarStage.REVIEW, "2025-04-10", all(5), history);
        var closure = all(6);
        closure.put(FamilyStarArea.HOME_AND_MONEY, 2);
        take(FamilyStarStage.CLOSURE, "2025-09-01", closure, history);
        var distance = FamilyStarReading.distanceTravelled(history);
        assertThat(distance.get(FamilyStarArea.KEEPING_CHILDREN_SAFE)).isEqualTo(4);
        assertThat(distance.get(FamilyStarArea.HOME_AND_MONEY)).isEqualTo(-1);
        assertThat(distance.get(FamilyStarArea.WELL_BEING)).isEqualTo(3);
    }

    @Test
    void a_review_comes_at_least_three_months_after_the_last_reading() {
        var history = new ArrayList<FamilyStarReading>();
        take(FamilyStarStage.START, "2025-01-31", all(3), history);
        assertThatThrownBy(() -> take(FamilyStarStage.REVIEW, "2025-04-29", all(4), history))
                .isInstanceOf(FamilyStarRuleViolated.class)
                .hasMessageContaining("3 months");
        take(FamilyStarStage.REVIEW, "2025-04-30", all(4), history);
    }

    @Test
    void the_start_comes_first_once_and_nothing_follows_the_closure() {
        var history = new ArrayList<FamilyStarReading>();
        assertThatThrownBy(() -> take(FamilyStarStage.REVIEW, "2025-01-10", all(3), history))
                .isInstanceOf(FamilyStarRuleViolated.class);
        take(FamilyStarStage.START, "2025-01-10", all(3), history);
        assertThatThrownBy(() -> take(FamilyStarStage.START, "2025-06-10", all(3), history))
                .isInstanceOf(FamilyStarRuleViolated.class);
        take(FamilyStarStage.CLOSURE, "2025-02-10", all(4), history);
        assertThatThrownBy(() -> take(FamilyStarStage.REVIEW, "2025-09-10", all(4), history))
                .isInstanceOf(FamilyStarRuleViolated.class)
                .hasMessageContaining("closed");
    }

    @Test
    void every_area_is_scored_from_1_to_10() {
        var missing = all(3);
        missing.remove(FamilyStarArea.PROGRESS_TO_WORK);
        assertThatThrownBy(() -> take(FamilyStarStage.START, "2025-01-10", missing, new ArrayList<>()))
                .isInstanceOf(FamilyStarRuleViolated.class)
                .hasMessageContaining("PROGRESS_TO_WORK");
        assertThatThrownBy(() -> take(FamilyStarStage.START, "2025-01-10", all(11), new ArrayList<>()))
                .isInstanceOf(FamilyStarRuleViolated.class);
        assertThatThrownBy(() -> take(FamilyStarStage.START, "2025-01-10", all(0), new ArrayList<>()))
                .isInstanceOf(FamilyStarRuleViolated.class);
    }

    @Test
    void a_closure_before_the_last_reading_or_a_reading_in_the_future_is_refused() {
        var history = new ArrayList<FamilyStarReading>();
        take(FamilyStarStage.START, "2025-01-10", all(3), history);
        assertThatThrownBy(() -> take(FamilyStarStage.CLOSURE, "2025-01-09", all(3), history))
                .isInstanceOf(FamilyStarRuleViolated.class);
        assertThatThrownBy(() -> take(FamilyStarStage.START, TODAY.plusDays(1).toString(), all(3), new ArrayList<>()))
                .isInstanceOf(FamilyStarRuleViolated.class);
    }
}
