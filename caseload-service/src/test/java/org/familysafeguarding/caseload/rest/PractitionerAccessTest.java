package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.rest.AllocationFixtures.allocateAdult;
import static org.familysafeguarding.caseload.rest.AllocationFixtures.practitionerToken;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.caseload.support.Partnership;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** A practitioner sees the adults allocated to them and the family context, nothing else. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class PractitionerAccessTest {

    @Inject
    Partnership partnership;

    @Inject
    AuditTrail audit;

    @Test
    void a_practitioner_reads_their_adult_and_the_family_context_but_not_the_child_records() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        String allocation = allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE")
                .statusCode(201)
                .extract()
                .path("id");
        String token = practitionerToken((String) su[2], (UUID) su[0]);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"CHILD_IN_NEED\", \"startDate\": \"2025-06-01\"}")
                .when()
                .post(BASE + "/children/" + world.childId + "/plans")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId)
                .then()
                .statusCode(200)
                .body("id", equalTo(world.adultId));
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId + "/family-context")
                .then()
                .statusCode(200)
                .body("children", hasSize(1))
                .body("children[0].givenName", equalTo("Robin"))
                .body("children[0].currentPlans", contains("CHILD_IN_NEED"))
                .body("children[0]", not(hasKey("familyName")))
                .body("children[0]", not(hasKey("dateOfBirth")));
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/allocations/mine")
                .then()
                .statusCode(200)
                .body("id", contains(allocation));
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/allocations/" + allocation)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/children/" + world.childId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/families/" + world.familyId)
                .then()
                .statusCode(404);
        given().auth().oauth2(token).when().get(BASE + "/families").then().statusCode(403);

        var denied = audit.forChild(world.childId, 0, 100).getLast();
        assertThat(denied.outcome).isEqualTo("DENIED");
        assertThat(denied.username).isEqualTo(su[2]);
        assertThat(denied.action).isEqualTo(AuditAction.READ);
    }

    @Test
    void once_the_allocation_ends_the_practitioner_no_longer_sees_the_adult() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        String allocation = allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE")
                .statusCode(201)
                .extract()
                .path("id");
        String token = practitionerToken((String) su[2], (UUID) su[0]);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(AllocationFixtures.teamManager())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Parent moved out of the area\"}")
                .when()
                .post(BASE + "/allocations/" + allocation + "/ending")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/allocations/mine")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void once_the_information_sharing_agreement_ends_the_practitioner_no_longer_sees_the_adult() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE").statusCode(201);
        String token = practitionerToken((String) su[2], (UUID) su[0]);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId + "/family-context")
                .then()
                .statusCode(200);

        partnership.endSharingAgreements(
                (UUID) su[0], COUNCIL, java.time.LocalDate.now().minusDays(1));

        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId + "/family-context")
                .then()
                .statusCode(404);
    }

    @Test
    void a_login_that_names_no_practitioner_sees_nothing() {
        var world = new AllocationFixtures(partnership);
        String token = practitionerToken(unique("nobody-"), UUID.randomUUID());
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/allocations/mine")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void a_token_of_another_agency_with_a_practitioners_login_reaches_none_of_their_allocations() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE").statusCode(201);
        String impostor = practitionerToken((String) su[2], UUID.randomUUID());

        given().auth()
                .oauth2(impostor)
                .when()
                .get(BASE + "/adults/" + world.adultId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(impostor)
                .when()
                .get(BASE + "/allocations/mine")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().auth()
                .oauth2(practitionerToken((String) su[2], (UUID) su[0]))
                .when()
                .get(BASE + "/allocations/mine")
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
    }

    @Test
    void another_councils_staff_with_a_social_workers_login_are_not_that_social_worker() {
        var world = new AllocationFixtures(partnership);
        world.allocateFamily().statusCode(201);
        String own = org.familysafeguarding.platform.testing.TestTokens.councilStaff(
                world.leadLogin, "social-worker", COUNCIL);
        String impostor = org.familysafeguarding.platform.testing.TestTokens.councilStaff(
                world.leadLogin, "social-worker", OTHER_COUNCIL);
        given().auth()
                .oauth2(own)
                .when()
                .get(BASE + "/allocations/mine")
                .then()
                .statusCode(200)
                .body("$", not(hasSize(0)));
        given().auth()
                .oauth2(impostor)
                .when()
                .get(BASE + "/allocations/mine")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void once_the_agreement_ends_the_practitioners_own_lists_show_nothing_of_the_council() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE").statusCode(201);
        String token = practitionerToken((String) su[2], (UUID) su[0]);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/allocations/mine")
                .then()
                .statusCode(200)
                .body("$", hasSize(1));

        partnership.endSharingAgreements(
                (UUID) su[0], COUNCIL, java.time.LocalDate.now().minusDays(1));

        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/allocations/mine")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/group-supervisions/actions/mine")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
