package org.familysafeguarding.caseload.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

import org.familysafeguarding.caseload.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.FollowsPartnerAgencies;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** caseload-service's copy of the partner agencies, from partners-service's events. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class PartnersEventsConsumerTest extends FollowsPartnerAgencies {

    PartnersEventsConsumerTest() {
        super("caseload", () -> councilStaff("ws-team-manager", "team-manager", "E10000032"), "agency-accredited.v1");
    }

    @Test
    void reads_the_publishers_example_of_agency_registered() throws Exception {
        AgencyRegistered event =
                json.readValue(EventCatalogue.example("partners", "agency-registered.v1"), AgencyRegistered.class);
        assertThat(event.agencyId()).isNotNull();
        assertThat(event.name()).isNotBlank();
        assertThat(event.kind()).isNotBlank();
        assertThat(event.registeredAt()).isNotNull();
        assertThat(AgencyRegistered.TYPE).isEqualTo(REGISTERED);
    }
}
