package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.contracts.support.Api.*;
import static org.familysafeguarding.contracts.support.Tenders.moderated;
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

/**
 * The award transition of a tendered contract, through the API. Enable once
 * {@code ContractLifecycle.move} calls {@code TenderAwardCheck.requireAwardable} for a move to AWARDED.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class TenderAwardTransitionTest {

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    @Test
    void a_tendered_contract_is_awarded_only_to_a_bidder_that_passed_every_mandatory_criterion() {
        String council = councils.known();
        UUID passing = agencies.accreditedBy(council);
        UUID failing = agencies.accreditedBy(council);
        String id = moderated(council, passing, failing);
        asCouncil("commissioner", council)
                .header("If-Match", "\"1\"")
                .body(transition("AWARDED", "2025-03-01", "CABINET", null, failing))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/bidder-failed-mandatory-criterion"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"1\"")
                .body(transition("AWARDED", "2025-03-01", "CABINET", null, agencies.accreditedBy(council)))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/provider-did-not-bid"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"1\"")
                .body(transition("AWARDED", "2025-03-01", "CABINET", null, passing))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("state", equalTo("AWARDED"));
    }
}
