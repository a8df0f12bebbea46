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
class ContractChangesTest {

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    static String extension(int months) {
        return """
                {"kind": "EXTENSION", "extensionMonths": %d, "effectiveOn": "2027-09-30",
                 "decisionMaker": "Cabinet Member for Children", "decisionLevel": "CABINET_MEMBER",
                 "decisionReportRef": "CM-2027-03"}""".formatted(months);
    }

    @Test
    void a_live_contract_is_extended_within_its_options_and_the_change_is_listed() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String id = live(council, provider);

        asCouncil("commissioner", council)
                .header("If-Match", "\"3\"")
                .body(extension(24))
                .when()
                .post(CONTRACTS + "/" + id + "/changes")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"4\""))
                .body("kind", equalTo("EXTENSION"))
                .body("endAfter", equalTo("2030-03-31"))
                .body("valueChange", equalTo(600000.00f))
                .body("flags.changeNoticeRequired", equalTo(false));
        asCouncil("commissioner", council)
                .header("If-Match", "\"4\"")
                .body(extension(30))
                .when()
                .post(CONTRACTS + "/" + id + "/changes")
                .then()
                .statusCode(422)
                .body("detail", containsString("up to 24 months"));

        asAgency("provider-manager", provider)
                .when()
                .get(CONTRACTS + "/" + id + "/changes")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].decisionReportRef", equalTo("CM-2027-03"));
        asCouncil("analyst", council)
                .when()
                .get(CONTRACTS + "/" + id)
                .then()
                .body("term.currentEnd", equalTo("2030-03-31"))
                .body("term.extensionsTaken", equalTo(1))
                .body("money.currentValue", equalTo(1500000.00f));
    }

    @Test
    void a_variation_of_a_contract_awarded_under_pcr_2015_is_flagged_under_reg_72_not_the_acts_change_notice() {
        String council = councils.known();
        String id = live(council, agencies.accreditedBy(council));
        asCouncil("commissioner", council)
                .header("If-Match", "\"3\"")
                .body("""
                {"kind": "VARIATION", "valueChange": 200000.00, "reason": "Two more practitioners for rising demand",
                 "scopeChange": "Adds two substance-use practitioners", "effectiveOn": "2026-04-01",
                 "decisionMaker": "Cabinet", "decisionLevel": "CABINET", "decisionReportRef": "CAB-2026-11"}""")
                .when()
                .post(CONTRACTS + "/" + id + "/changes")
                .then()
                .statusCode(201)
                .body("flags.changeNoticeRequired", equalTo(false))
                .body("flags.reasons", containsString("reg 72")); // its check of 15 January 2025: PCR 2015
    }

    @Test
    void only_the_councils_commissioner_changes_a_live_contract_and_only_a_live_one() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String id = live(council, provider);
        asAgency("provider-manager", provider)
                .header("If-Match", "\"3\"")
                .body(extension(12))
                .when()
                .post(CONTRACTS + "/" + id + "/changes")
                .then()
                .statusCode(403);
        asCouncil("commissioner", councils.known())
                .header("If-Match", "\"3\"")
                .body(extension(12))
                .when()
                .post(CONTRACTS + "/" + id + "/changes")
                .then()
                .statusCode(404);
        asCouncil("commissioner", council)
                .body(extension(12))
                .when()
                .post(CONTRACTS + "/" + id + "/changes")
                .then()
                .statusCode(428);
        asCouncil("commissioner", council)
                .header("If-Match", "\"3\"")
                .body("{\"kind\": \"EXTENSION\"}")
                .when()
                .post(CONTRACTS + "/" + id + "/changes")
                .then()
                .statusCode(400);

        String planned = plan(council, null);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(extension(12))
                .when()
                .post(CONTRACTS + "/" + planned + "/changes")
                .then()
                .statusCode(422)
                .body("detail", containsString("PLANNED"));
    }
}
