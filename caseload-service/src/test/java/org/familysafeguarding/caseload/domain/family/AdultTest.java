package org.familysafeguarding.caseload.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.identifier.ProbationCaseReference;
import org.junit.jupiter.api.Test;

class AdultTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Family FAMILY = Family.open("E10000032", "Ashdown family", NOW);
    static final UUID ROBIN = UUID.randomUUID();
    static final UUID SAM = UUID.randomUUID();

    static Adult.Details details(LocalDate born, List<ChildRelationship> relationships) {
        return new Adult.Details(
                new PersonName("Jordan", "Ashdown"), born, null, new ProbationCaseReference("X123456"), relationships);
    }

    @Test
    void records_an_adult_with_a_relationship_to_each_child() {
        Adult adult = Adult.record(
                FAMILY,
                details(
                        LocalDate.of(1990, 5, 1),
                        List.of(
                                new ChildRelationship(ROBIN, Relationship.FATHER),
                                new ChildRelationship(SAM, Relationship.STEP_PARENT))),
                Set.of(ROBIN, SAM),
                TODAY,
                NOW);
        assertThat(adult.relationships())
                .extracting(ChildRelationship::relationship)
                .containsExactly(Relationship.FATHER, Relationship.STEP_PARENT);
        assertThat(adult.crn()).isEqualTo("X123456");
        assertThat(adult.councilCode()).isEqualTo("E10000032");
    }

    @Test
    void refuses_a_relationship_to_a_child_of_another_family() {
        assertThatThrownBy(() -> Adult.record(
                        FAMILY,
                        details(null, List.of(new ChildRelationship(UUID.randomUUID(), Relationship.MOTHER))),
                        Set.of(ROBIN),
                        TODAY,
                        NOW))
                .isInstanceOf(FamilyRuleViolated.class)
                .hasMessageContaining("not a child of this family");
    }

    @Test
    void refuses_two_relationships_to_the_same_child() {
        assertThatThrownBy(() -> Adult.record(
                        FAMILY,
                        details(
                                null,
                                List.of(
                                        new ChildRelationship(ROBIN, Relationship.MOTHER),
                                        new ChildRelationship(ROBIN, Relationship.OTHER))),
                        Set.of(ROBIN),
                        TODAY,
                        NOW))
                .isInstanceOf(FamilyRuleViolated.class);
    }

    @Test
    void refuses_an_adult_born_less_than_ten_years_ago() {
        assertThatThrownBy(() -> Adult.record(FAMILY, details(TODAY.minusYears(9), List.of()), Set.of(), TODAY, NOW))
                .isInstanceOf(FamilyRuleViolated.class);
    }
}
