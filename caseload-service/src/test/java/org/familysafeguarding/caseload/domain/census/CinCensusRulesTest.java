package org.familysafeguarding.caseload.domain.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.familysafeguarding.caseload.domain.census.CensusValidation.Severity;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.AssessmentLine;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.ChildReturn;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.CinPlanLine;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.CpPlanLine;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.Episode;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.Section47Line;
import org.familysafeguarding.caseload.domain.family.Child;
import org.junit.jupiter.api.Test;

/** The DfE's CIN census rules the platform runs on a return, each tried with a return that breaks it. */
class CinCensusRulesTest {

    static final CollectionYear YEAR = new CollectionYear(2026);

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    static Child child(String id) {
        return CinCensusReturnTest.child(id);
    }

    /** A case as it should be: S47, conference, CP plan on the conference's day, reviewed, closed after. */
    static Episode protectedCase() {
        return new Episode(
                d("2025-05-01"),
                "6",
                "N1",
                false,
                d("2026-02-27"),
                "RC7",
                null,
                List.of(new AssessmentLine(d("2025-05-02"), d("2025-06-10"), Set.of("3B"))),
                List.of(),
                List.of(new Section47Line(d("2025-05-02"), d("2025-05-23"), d("2025-05-15"), false)),
                List.of(new CpPlanLine(d("2025-05-15"), d("2026-02-27"), "NEG", "NEG", 0, List.of(d("2025-08-14")))));
    }

    static List<String> rules(ChildReturn... children) {
        return CinCensusRules.check(YEAR, List.of(children)).children().stream()
                .flatMap(c -> c.issues().stream())
                .map(CensusValidation.Issue::rule)
                .toList();
    }

    @Test
    void a_well_recorded_case_raises_no_error() {
        var validation =
                CinCensusRules.check(YEAR, List.of(new ChildReturn(child("R1"), "UN2", List.of(protectedCase()))));
        assertThat(validation.errors()).isZero();
        assertThat(validation.children()).isEmpty();
    }

    @Test
    void two_open_episodes_and_an_earlier_one_still_open_are_errors() {
        var earlier = new Episode(
                d("2025-04-10"),
                "6",
                "N1",
                false,
                null,
                null,
                null,
                List.of(new AssessmentLine(d("2025-04-11"), d("2025-05-20"), Set.of("21"))),
                List.of(),
                List.of(),
                List.of());
        var later = new Episode(
                d("2025-09-01"), "6", "N1", false, null, null, null, List.of(), List.of(), List.of(), List.of());
        assertThat(rules(new ChildReturn(child("R2"), null, List.of(earlier, later))))
                .contains("8815", "8816", "8820");
    }

    @Test
    void a_plan_that_does_not_start_at_the_conference_and_activity_after_closure_are_errors() {
        Episode e = protectedCase();
        var moved = new Episode(
                e.referralDate(),
                "6",
                "N1",
                false,
                d("2025-12-01"),
                "RC7",
                null,
                e.assessments(),
                e.cinPlans(),
                e.section47s(),
                List.of(new CpPlanLine(d("2025-05-16"), d("2026-02-27"), "NEG", "NEG", 0, List.of())));
        assertThat(rules(new ChildReturn(child("R3"), null, List.of(moved)))).contains("2885", "8565");
    }

    @Test
    void a_case_closed_after_assessment_with_a_plan_and_an_nfa_with_activity_are_errors() {
        var rc8WithPlan = new Episode(
                d("2025-05-01"),
                "6",
                "N1",
                false,
                d("2025-09-01"),
                "RC8",
                null,
                List.of(new AssessmentLine(d("2025-05-02"), d("2025-06-10"), Set.of("3B"))),
                List.of(new CinPlanLine(d("2025-06-10"), d("2025-09-01"))),
                List.of(),
                List.of());
        var nfaWithAssessment = new Episode(
                d("2025-10-01"),
                "6",
                null,
                true,
                d("2025-10-01"),
                "RC8",
                null,
                List.of(new AssessmentLine(d("2025-10-01"), d("2025-10-01"), Set.of("21"))),
                List.of(),
                List.of(),
                List.of());
        assertThat(rules(new ChildReturn(child("R4"), null, List.of(rc8WithPlan, nfaWithAssessment))))
                .contains("2990", "8831");
    }

    @Test
    void upn_unknown_reasons_are_checked_against_the_episodes() {
        var furtherAction = protectedCase();
        assertThat(rules(new ChildReturn(child("R5"), "UN7", List.of(furtherAction))))
                .contains("8772");
        // school-age child without UPN or reason: a query, not an error
        var validation =
                CinCensusRules.check(YEAR, List.of(new ChildReturn(child("R6"), null, List.of(furtherAction))));
        assertThat(validation.children().getFirst().issues())
                .extracting(CensusValidation.Issue::rule)
                .contains("8770Q");
        assertThat(validation.children().getFirst().issues())
                .filteredOn(i -> i.rule().equals("8770Q"))
                .extracting(CensusValidation.Issue::severity)
                .containsOnly(Severity.QUERY);
    }

    @Test
    void the_retired_factor_codes_18a_and_19a_are_queried() {
        var e = new Episode(
                d("2025-05-01"),
                "6",
                "N1",
                false,
                d("2025-07-01"),
                "RC8",
                null,
                List.of(new AssessmentLine(d("2025-05-02"), d("2025-06-10"), Set.of("18A", "19A"))),
                List.of(),
                List.of(),
                List.of());
        assertThat(rules(new ChildReturn(child("R7"), "UN2", List.of(e)))).contains("8945Q", "8950Q");
    }

    @Test
    void a_closed_case_with_an_open_enquiry_or_assessment_is_an_error() {
        var e = new Episode(
                d("2025-05-01"),
                "6",
                "N1",
                false,
                d("2025-07-01"),
                "RC7",
                null,
                List.of(new AssessmentLine(d("2025-05-02"), null, Set.of())),
                List.of(),
                List.of(new Section47Line(d("2025-05-02"), d("2025-05-23"), null, false)),
                List.of());
        assertThat(rules(new ChildReturn(child("R8"), "UN2", List.of(e)))).contains("8867", "8868");
    }
}
