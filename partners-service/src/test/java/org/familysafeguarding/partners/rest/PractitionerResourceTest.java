package org.familysafeguarding.partners.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.familysafeguarding.platform.testing.TestTokens.platformAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
public class PractitionerResourceTest {

    @Inject
    AuditTrail audit;

    public static UUID newAgency() {
        UUID agency = UUID.randomUUID();
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body("{\"id\": \"%s\", \"name\": \"Agency %s\", \"kind\": \"STATUTORY_BODY\"}"
                        .formatted(agency, agency))
                .when()
                .post("/api/partners/v1/agencies")
                .then()
                .statusCode(201);
        return agency;
    }

    public static String practitioner(String role, String fte, String login) {
        String registration = role.contains("SOCIAL_WORKER") || role.equals("TEAM_MANAGER")
                ? ", \"registrationBody\": \"SOCIAL_WORK_ENGLAND\", \"registrationNumber\": \"SW%d\""
                        .formatted(Math.abs(login.hashCode() % 1_000_000))
                : "";
        return """
                {"givenName": "Tomasz", "familyName": "Reilly-%s", "role": "%s", "fte": %s,
                 "motivationalInterviewingTrainedOn": "2025-03-14", "startDate": "2026-01-05", "login": "%s"%s}""".formatted(login, role, fte, login, registration);
    }

    public static String register(UUID agency, String role, String login) {
        return given().auth()
                .oauth2(agencyStaff("pm", "provider-manager", agency.toString()))
                .contentType(ContentType.JSON)
                .body(practitioner(role, "0.8", login))
                .when()
                .post("/api/partners/v1/agencies/" + agency + "/practitioners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String login() {
        return "p" + UUID.randomUUID().toString().substring(0, 12);
    }

    @Test
    void a_provider_manager_registers_and_changes_their_own_staff() {
        UUID agency = newAgency();
        String manager = agencyStaff("pm", "provider-manager", agency.toString());
        String login = login();
        String id = register(agency, "ADULT_PRACTITIONER_SUBSTANCE_USE", login);

        given().auth()
                .oauth2(manager)
                .when()
                .get("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("discipline", equalTo("SUBSTANCE_USE"));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(practitioner("ADULT_PRACTITIONER_SUBSTANCE_USE", "0.6", login))
                .when()
                .put("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(200)
                .body("fte", equalTo(0.6f));
        given().auth()
                .oauth2(manager)
                .when()
                .get("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("fte", equalTo(0.6f));
        given().auth()
                .oauth2(manager)
                .queryParam("familyName", "reilly")
                .when()
                .get("/api/partners/v1/agencies/" + agency + "/practitioners")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void a_provider_manager_cannot_touch_another_agencys_staff() {
        UUID agency = newAgency();
        String id = register(agency, "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM", login());
        String other = agencyStaff("pm2", "provider-manager", UUID.randomUUID().toString());

        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .body(practitioner("VOLUNTEER", "0.2", login()))
                .when()
                .post("/api/partners/v1/agencies/" + agency + "/practitioners")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(other)
                .when()
                .get("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(practitioner("VOLUNTEER", "0.2", login()))
                .when()
                .put("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other)
                .when()
                .get("/api/partners/v1/agencies/" + agency + "/practitioners")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(councilStaff("sw", "social-worker", "E10000032"))
                .when()
                .get("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(403);
    }

    @Test
    void refuses_an_fte_of_one_and_a_half_and_a_missing_registration() {
        UUID agency = newAgency();
        String manager = agencyStaff("pm", "provider-manager", agency.toString());
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(practitioner("FAMILY_PRACTITIONER", "1.5", login()))
                .when()
                .post("/api/partners/v1/agencies/" + agency + "/practitioners")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("fte"));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(practitioner("CLINICAL_PSYCHOLOGIST", "0.5", login()))
                .when()
                .post("/api/partners/v1/agencies/" + agency + "/practitioners")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/registration-required"));
        given().auth()
                .oauth2(manager)
                .queryParam("size", 100)
                .when()
                .get("/api/partners/v1/agencies/" + agency + "/practitioners")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void a_login_belongs_to_one_practitioner_and_changes_need_the_current_version() {
        UUID agency = newAgency();
        String login = login();
        String id = register(agency, "VOLUNTEER", login);
        String manager = agencyStaff("pm", "provider-manager", agency.toString());
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(practitioner("VOLUNTEER", "0.2", login))
                .when()
                .post("/api/partners/v1/agencies/" + agency + "/practitioners")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(practitioner("VOLUNTEER", "0.2", login))
                .when()
                .put("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"3\"")
                .body(practitioner("VOLUNTEER", "0.2", login))
                .when()
                .put("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(412);
    }

    static UUID inHouseAgency(String council) {
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body(CouncilResourceTest.registration(council, council.substring(6, 9)))
                .when()
                .post("/api/partners/v1/councils")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        UUID agency = UUID.randomUUID();
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body(
                        "{\"id\": \"%s\", \"name\": \"Children's Services %s\", \"kind\": \"IN_HOUSE\", \"council\": \"%s\"}"
                                .formatted(agency, agency, council))
                .when()
                .post("/api/partners/v1/agencies")
                .then()
                .statusCode(201);
        return agency;
    }

    @Test
    void another_councils_partnership_admin_cannot_rebind_a_partner_agencys_practitioner_login() {
        UUID agency = newAgency();
        String login = login();
        String id = register(agency, "ADULT_PRACTITIONER_SUBSTANCE_USE", login);
        String oxfordshireAdmin = councilStaff("ox-partnership-admin", "partnership-admin", "E10000025");

        given().auth()
                .oauth2(oxfordshireAdmin)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(practitioner("ADULT_PRACTITIONER_SUBSTANCE_USE", "0.8", "tp-practitioner"))
                .when()
                .put("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(oxfordshireAdmin)
                .contentType(ContentType.JSON)
                .body(practitioner("VOLUNTEER", "0.2", login()))
                .when()
                .post("/api/partners/v1/agencies/" + agency + "/practitioners")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(platformAdmin())
                .when()
                .get("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(200)
                .body("login", equalTo(login))
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void a_councils_partnership_admin_keeps_its_own_in_house_staff_and_cannot_see_another_councils() {
        UUID westSussex = inHouseAgency("E10000032");
        String wsAdmin = councilStaff("ws-partnership-admin", "partnership-admin", "E10000032");
        String oxAdmin = councilStaff("ox-partnership-admin", "partnership-admin", "E10000025");
        String login = login();
        String id = given().auth()
                .oauth2(wsAdmin)
                .contentType(ContentType.JSON)
                .body(practitioner("FAMILY_PRACTITIONER", "1.0", login))
                .when()
                .post("/api/partners/v1/agencies/" + westSussex + "/practitioners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().auth()
                .oauth2(oxAdmin)
                .when()
                .get("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(oxAdmin)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(practitioner("FAMILY_PRACTITIONER", "1.0", "someone-else"))
                .when()
                .put("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(oxAdmin)
                .when()
                .get("/api/partners/v1/agencies/" + westSussex + "/practitioners")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(wsAdmin)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(practitioner("FAMILY_PRACTITIONER", "0.5", login))
                .when()
                .put("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void a_changed_login_is_audited_on_its_own_and_a_listed_practitioner_is_audited() {
        UUID agency = newAgency();
        String manager = agencyStaff("pm", "provider-manager", agency.toString());
        String id = register(agency, "VOLUNTEER", login());
        long before = auditEntries("practitioner-login", id);
        String renamed = login();
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(practitioner("VOLUNTEER", "0.2", renamed))
                .when()
                .put("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(200);
        assertThat(auditEntries("practitioner-login", id)).isEqualTo(before + 1);
        given().auth()
                .oauth2(manager)
                .when()
                .get("/api/partners/v1/practitioners/" + id)
                .then()
                .statusCode(200)
                .body("login", equalTo(renamed));

        long listed = auditEntries("practitioner", id);
        given().auth()
                .oauth2(councilStaff("ws-commissioner", "commissioner", "E10000032"))
                .when()
                .get("/api/partners/v1/agencies/" + agency + "/practitioners")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        assertThat(auditEntries("practitioner", id)).isEqualTo(listed + 1);
    }

    @Inject
    jakarta.persistence.EntityManager entityManager;

    long auditEntries(String recordType, String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from audit_entry where record_type = ?1 and record_id = ?2")
                                .setParameter(1, recordType)
                                .setParameter(2, id)
                                .getSingleResult())
                        .longValue());
    }
}
