package org.familysafeguarding.contracts.domain.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.contract.ContractRuleViolated;
import org.familysafeguarding.contracts.domain.staffing.StaffingSpecification.RoleStaffing;
import org.familysafeguarding.contracts.readmodel.PractitionerRole;
import org.junit.jupiter.api.Test;

class StaffingSpecificationTest {

    static RequiredFte fte(PractitionerRole role, String fte) {
        return new RequiredFte(role, new BigDecimal(fte));
    }

    @Test
    void the_gap_is_required_minus_in_post_for_every_role_required_or_in_post() {
        var roles = StaffingSpecification.compare(
                List.of(
                        fte(PractitionerRole.ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM, "8.5"),
                        fte(PractitionerRole.TEAM_MANAGER, "1.0")),
                Map.of(
                        "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM",
                        new BigDecimal("6.8"),
                        "VOLUNTEER",
                        new BigDecimal("0.4")));
        assertThat(roles)
                .containsExactly(
                        new RoleStaffing(
                                "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM",
                                new BigDecimal("8.5"),
                                new BigDecimal("6.8"),
                                new BigDecimal("1.7")),
                        new RoleStaffing("TEAM_MANAGER", new BigDecimal("1.0"), BigDecimal.ZERO, new BigDecimal("1.0")),
                        new RoleStaffing("VOLUNTEER", BigDecimal.ZERO, new BigDecimal("0.4"), new BigDecimal("-0.4")));
    }

    @Test
    void each_role_is_required_once_with_a_positive_fte() {
        var specification = StaffingSpecification.of(UUID.randomUUID(), "E10000032");
        Instant now = Instant.now();
        assertThatThrownBy(() -> specification.require(
                        List.of(fte(PractitionerRole.VOLUNTEER, "1"), fte(PractitionerRole.VOLUNTEER, "2")), now))
                .isInstanceOf(ContractRuleViolated.class);
        assertThatThrownBy(() -> specification.require(List.of(fte(PractitionerRole.VOLUNTEER, "0")), now))
                .isInstanceOf(ContractRuleViolated.class);
        specification.require(
                List.of(fte(PractitionerRole.VOLUNTEER, "0.2"), fte(PractitionerRole.TEAM_MANAGER, "1")), now);
        assertThat(specification.requirements())
                .extracting(RequiredFte::role)
                .containsExactly(PractitionerRole.TEAM_MANAGER, PractitionerRole.VOLUNTEER);
    }
}
