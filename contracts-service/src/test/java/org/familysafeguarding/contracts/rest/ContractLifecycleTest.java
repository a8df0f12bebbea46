package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.contracts.support.Api.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.contracts.support.Agencies;
import org.familysafeguarding.contracts.support.Councils;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class ContractLifecycleTest {

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    static void move(String council, String id, int version, String body, int status) {
        asCouncil("commissioner", council)
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(status);
    }

    @Test
    void a_direct_award_goes_live_after_mobilisation_and_every_move_is_recorded() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String check = permittedDirectAward(council);
        String id = plan(council, null);

        move(council, id, 0, transition("AWARDED", "2025-01-20", "CABINET", check, provider), 200);
        move(council, id, 1, transition("MOBILISING", "2025-01-21", "OFFICER", null, null), 200);
        asCouncil("commissioner", council)
                .header("If-Match", "\"2\"")
                .body(transition("LIVE", "2025-04-17", "OFFICER", null, null))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(422)
                .body("detail", containsString("runs until 2025-04-18"));
        move(council, id, 2, transition("LIVE", "2025-04-18", "OFFICER", null, null), 200);

        asAgency("provider-manager", provider)
                .when()
                .get(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items[0].to", equalTo("AWARDED"))
                .body("items[0].procurementCheckId", equalTo(check))
                .body("items[0].decisionMaker", equalTo("Cabinet"))
                .body("items[0].decisionReportRef", equalTo("CAB-2025-007"))
                .body("items[0].recordedBy", equalTo("someone-commissioner"))
                .body("items[2].to", equalTo("LIVE"));
        asCouncil("analyst", council)
                .when()
                .get(CONTRACTS + "/" + id)
                .then()
                .body("state", equalTo("LIVE"))
                .body("agencyId", equalTo(provider.toString()));
    }

    @Test
    void an_award_on_a_route_that_is_not_permitted_is_refused_with_the_reason() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String refusedCheck = check(council, "DIRECT_AWARD", "null");
        String id = plan(council, null);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(transition("AWARDED", "2025-01-20", "CABINET", refusedCheck, provider))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(422)
                .body("detail", containsString("needs a ground"));
        asCouncil("commissioner", council)
                .when()
                .get(CONTRACTS + "/" + id)
                .then()
                .body("state", equalTo("PLANNED"))
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void an_award_to_an_agency_the_council_has_not_accredited_is_refused() {
        String council = councils.known();
        UUID elsewhere = agencies.accreditedBy(councils.known());
        String id = plan(council, null);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(transition("AWARDED", "2025-01-20", "CABINET", permittedDirectAward(council), elsewhere))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(422)
                .body("detail", containsString("not accredited by " + council));
    }

    @Test
    void another_councils_check_cannot_be_cited_and_moves_need_the_version() {
        String council = councils.known();
        String other = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String id = plan(council, null);
        move(
                council,
                id,
                0,
                transition("AWARDED", "2025-01-20", "CABINET", permittedDirectAward(other), provider),
                422);
        asCouncil("commissioner", council)
                .body(transition("IN_PROCUREMENT", "2025-01-20", "OFFICER", null, null))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(428);
        move(council, id, 0, transition("LIVE", "2025-01-20", "OFFICER", null, null), 422);
        asCouncil("commissioner", other)
                .header("If-Match", "\"0\"")
                .body(transition("ENDED", "2025-01-20", "OFFICER", null, null))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(404);
    }
}
