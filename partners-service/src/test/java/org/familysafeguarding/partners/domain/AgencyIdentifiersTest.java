package org.familysafeguarding.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.familysafeguarding.partners.domain.agency.Agency;
import org.familysafeguarding.partners.domain.agency.AgencyIdentifiers;
import org.familysafeguarding.partners.domain.agency.AgencyKind;
import org.familysafeguarding.partners.domain.agency.AgencyRuleViolated;
import org.junit.jupiter.api.Test;

class AgencyIdentifiersTest {

    @Test
    void a_charity_must_have_its_charity_number() {
        assertThatThrownBy(() -> register(AgencyKind.CHARITY, new AgencyIdentifiers(null, "03861209", null)))
                .isInstanceOf(AgencyRuleViolated.class)
                .hasMessageContaining("charityNumber");
    }

    @Test
    void an_nhs_trust_must_have_its_ods_code() {
        assertThatThrownBy(() -> register(AgencyKind.NHS_TRUST, new AgencyIdentifiers(null, null, null)))
                .isInstanceOf(AgencyRuleViolated.class)
                .hasMessageContaining("odsCode");
    }

    @Test
    void a_statutory_body_needs_no_register_number() {
        assertThatCode(() -> register(AgencyKind.STATUTORY_BODY, new AgencyIdentifiers(null, null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void refuses_identifiers_out_of_their_register_format() {
        assertThatThrownBy(() -> new AgencyIdentifiers("12AB", null, null)).isInstanceOf(AgencyRuleViolated.class);
        assertThatThrownBy(() -> new AgencyIdentifiers(null, "1234567", null)).isInstanceOf(AgencyRuleViolated.class);
        assertThatThrownBy(() -> new AgencyIdentifiers(null, null, "rx2")).isInstanceOf(AgencyRuleViolated.class);
    }

    @Test
    void accepts_real_register_formats() {
        var identifiers = new AgencyIdentifiers("1079327", "SC123456", "RX2");
        assertThat(identifiers.odsCode()).isEqualTo("RX2");
    }

    @Test
    void strips_the_name_it_registers() {
        Agency agency = Agency.register(
                UUID.randomUUID(),
                "  Turning Point ",
                AgencyKind.CHARITY,
                null,
                new AgencyIdentifiers("234887", null, null),
                java.util.Set.of(),
                "admin",
                Instant.now());
        assertThat(agency.name()).isEqualTo("Turning Point");
    }

    private static Agency register(AgencyKind kind, AgencyIdentifiers identifiers) {
        return Agency.register(
                UUID.randomUUID(),
                "Agency",
                kind,
                kind == AgencyKind.IN_HOUSE ? "E10000032" : null,
                identifiers,
                java.util.Set.of(),
                "admin",
                Instant.now());
    }

    @Test
    void an_in_house_team_registered_without_its_council_may_name_it_once_and_never_change_it() throws Exception {
        Agency agency = Agency.register(
                UUID.randomUUID(),
                "Children's Services",
                AgencyKind.IN_HOUSE,
                "E10000032",
                new AgencyIdentifiers(null, null, null),
                java.util.Set.of(),
                "admin",
                Instant.now());
        var field = Agency.class.getDeclaredField("councilCode");
        field.setAccessible(true);
        field.set(agency, null); // as registered before in-house teams named their council
        agency.change(
                "Children's Services",
                AgencyKind.IN_HOUSE,
                "E10000025",
                new AgencyIdentifiers(null, null, null),
                java.util.Set.of(),
                Instant.now());
        assertThat(agency.councilCode()).contains("E10000025");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> agency.change(
                        "Children's Services",
                        AgencyKind.IN_HOUSE,
                        "E10000032",
                        new AgencyIdentifiers(null, null, null),
                        java.util.Set.of(),
                        Instant.now()))
                .hasMessageContaining("cannot be changed");
    }
}
