package org.familysafeguarding.partners.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.familysafeguarding.partners.rest.DueDiligenceResourceTest;
import org.familysafeguarding.partners.service.DueDiligence;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class AccreditationEventsPublicationTest {

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    DueDiligence dueDiligence;

    @Test
    void accreditation_and_its_lapse_are_published_shaped_like_their_examples() throws Exception {
        var s = DueDiligenceResourceTest.setUp();
        DueDiligenceResourceTest.check(s, "INSURANCE", "PASSED", TODAY.minusDays(1), TODAY.plusDays(1));
        DueDiligenceResourceTest.check(s, "SAFEGUARDING_POLICY", "PASSED", TODAY.minusDays(1), TODAY.plusYears(1));

        JsonNode accredited =
                EventExamples.published(s.agency().toString(), "org.familysafeguarding.partners.agency-accredited.v1");
        EventExamples.assertShapedLikeExample(accredited, "agency-accredited.v1.json");
        assertThat(accredited.path("councilCode").asText()).isEqualTo(s.council());
        assertThat(accredited.path("validUntil").asText())
                .isEqualTo(TODAY.plusDays(1).toString());
        // dated from the checks (made yesterday), not from the day they were recorded, so an award can be back-dated
        assertThat(accredited.path("accreditedOn").asText())
                .isEqualTo(TODAY.minusDays(1).toString());

        dueDiligence.lapseExpired(TODAY.plusDays(2));
        JsonNode lapsed = EventExamples.published(
                s.agency().toString(), "org.familysafeguarding.partners.accreditation-lapsed.v1");
        EventExamples.assertShapedLikeExample(lapsed, "accreditation-lapsed.v1.json");
        assertThat(lapsed.path("reason").asText()).isEqualTo("CHECK_EXPIRED");
        assertThat(lapsed.path("checkTypes").get(0).asText()).isEqualTo("INSURANCE");
    }
}
