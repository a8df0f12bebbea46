package org.familysafeguarding.caseload.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.familysafeguarding.caseload.domain.code.InvalidCode;
import org.familysafeguarding.caseload.domain.identifier.NhsNumber;
import org.familysafeguarding.caseload.domain.identifier.UniquePupilNumber;
import org.junit.jupiter.api.Test;

class ChildTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Family FAMILY = Family.open("E10000032", "Ashdown family", NOW);

    static Child.Details details(LocalDate born, LocalDate expected, String sex, Set<String> disabilities) {
        return new Child.Details(
                new PersonName("Robin", "Ashdown"),
                born,
                expected,
                sex,
                "WBRI",
                disabilities,
                new UniquePupilNumber("H801200001001"),
                new NhsNumber("9434765919"),
                "C1001");
    }

    @Test
    void records_a_child_in_the_family_and_its_council_with_census_codes() {
        Child child =
                Child.record(FAMILY, details(LocalDate.of(2019, 3, 2), null, "F", Set.of("LD", "AUT")), TODAY, NOW);
        assertThat(child.familyId()).isEqualTo(FAMILY.id());
        assertThat(child.councilCode()).isEqualTo("E10000032");
        assertThat(child.disabilities()).containsExactlyInAnyOrder("LD", "AUT");
        assertThat(child.unborn()).isFalse();
    }

    @Test
    void records_an_unborn_child_by_its_expected_date() {
        Child child = Child.record(FAMILY, details(null, TODAY.plusMonths(3), "U", Set.of()), TODAY, NOW);
        assertThat(child.unborn()).isTrue();
        assertThat(child.expectedDateOfBirth()).isEqualTo(TODAY.plusMonths(3));
    }

    @Test
    void refuses_a_child_with_neither_or_both_dates() {
        assertThatThrownBy(() -> Child.record(FAMILY, details(null, null, "M", Set.of()), TODAY, NOW))
                .isInstanceOf(FamilyRuleViolated.class)
                .hasMessageContaining("date of birth");
        assertThatThrownBy(() -> Child.record(
                        FAMILY, details(TODAY.minusYears(1), TODAY.plusMonths(1), "M", Set.of()), TODAY, NOW))
                .isInstanceOf(FamilyRuleViolated.class);
    }

    @Test
    void refuses_a_birth_in_the_future_or_an_expected_birth_beyond_ten_months() {
        assertThatThrownBy(() -> Child.record(FAMILY, details(TODAY.plusDays(1), null, "M", Set.of()), TODAY, NOW))
                .isInstanceOf(FamilyRuleViolated.class)
                .hasMessageContaining("future");
        assertThatThrownBy(() -> Child.record(FAMILY, details(null, TODAY.plusMonths(11), "U", Set.of()), TODAY, NOW))
                .isInstanceOf(FamilyRuleViolated.class);
    }

    @Test
    void refuses_codes_that_are_not_on_the_census_lists() {
        assertThatThrownBy(() -> Child.record(FAMILY, details(TODAY.minusYears(2), null, "X", Set.of()), TODAY, NOW))
                .isInstanceOf(InvalidCode.class)
                .hasMessageContaining("sex");
        assertThatThrownBy(
                        () -> Child.record(FAMILY, details(TODAY.minusYears(2), null, "M", Set.of("BLUE")), TODAY, NOW))
                .isInstanceOf(InvalidCode.class)
                .hasMessageContaining("disabilities");
    }

    @Test
    void refuses_no_disability_together_with_a_disability() {
        assertThatThrownBy(() -> Child.record(
                        FAMILY, details(TODAY.minusYears(2), null, "M", Set.of("NONE", "VIS")), TODAY, NOW))
                .isInstanceOf(FamilyRuleViolated.class)
                .hasMessageContaining("NONE");
    }
}
