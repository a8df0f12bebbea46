package org.familysafeguarding.partners.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.familysafeguarding.platform.testing.TestTokens.platformAdmin;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.familysafeguarding.partners.service.DueDiligence;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
public class DueDiligenceResourceTest {

    static final AtomicInteger NEXT = new AtomicInteger(300);
    static final LocalDate TODAY = LocalDate.now();

    @Inject
    DueDiligence dueDiligence;

    /** A council with a policy of two mandatory checks, and an agency, both new. */
    public record Setup(String council, UUID agency, String commissioner) {}

    public static Setup setUp() {
        int n = NEXT.incrementAndGet();
        String council = "E08000" + n;
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "details": {"name": "Riverside Metropolitan Borough Council %d",
                         "localAuthorityNumber": "%d", "inHoursPhone": "0161 253 5000", "outOfHoursPhone": "0161 253 6606",
                         "decisionThresholds": {"keyDecision": 500000, "officerUpTo": 500000, "cabinetMemberUpTo": 1000000}}}""".formatted(council, n, n))
                .when()
                .post("/api/partners/v1/councils")
                .then()
                .statusCode(201);
        UUID agency = UUID.randomUUID();
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body("{\"id\": \"%s\", \"name\": \"Agency %d\", \"kind\": \"STATUTORY_BODY\"}".formatted(agency, n))
                .when()
                .post("/api/partners/v1/agencies")
                .then()
                .statusCode(201);
        String commissioner = councilStaff("commissioner", "commissioner", council);
        given().auth()
                .oauth2(commissioner)
                .contentType(ContentType.JSON)
                .body("{\"mandatoryChecks\": [\"INSURANCE\", \"SAFEGUARDING_POLICY\"]}")
                .when()
                .put("/api/partners/v1/councils/" + council + "/due-diligence-policy")
                .then()
                .statusCode(200);
        return new Setup(council, agency, commissioner);
    }

    public static void check(Setup s, String type, String outcome, LocalDate checkedOn, LocalDate expiresOn) {
        given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body("""
                        {"type": "%s", "outcome": "%s", "evidenceReference": "DD-2026-%s",
                         "checkedOn": "%s", "expiresOn": "%s"}""".formatted(type, outcome, type, checkedOn, expiresOn))
                .when()
                .post("/api/partners/v1/agencies/" + s.agency() + "/checks")
                .then()
                .statusCode(201);
    }

    static String status(Setup s) {
        return given().auth()
                .oauth2(s.commissioner())
                .when()
                .get("/api/partners/v1/agencies/" + s.agency() + "/accreditations")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.councilCode == '%s' }.status".formatted(s.council()));
    }

    @Test
    void an_agency_is_accredited_only_after_its_last_mandatory_check_passes() {
        Setup s = setUp();
        check(s, "INSURANCE", "PASSED", TODAY.minusDays(10), TODAY.plusYears(1));
        assertThat(status(s)).isEqualTo("NOT_ACCREDITED");
        check(s, "SAFEGUARDING_POLICY", "PASSED", TODAY.minusDays(3), TODAY.plusMonths(6));
        assertThat(status(s)).isEqualTo("ACCREDITED");
    }

    @Test
    void accreditation_lapses_by_itself_when_a_check_expires_and_returns_when_it_is_renewed() {
        Setup s = setUp();
        check(s, "INSURANCE", "PASSED", TODAY.minusMonths(11), TODAY.plusDays(5));
        check(s, "SAFEGUARDING_POLICY", "PASSED", TODAY.minusDays(3), TODAY.plusYears(1));
        assertThat(status(s)).isEqualTo("ACCREDITED");

        assertThat(dueDiligence.lapseExpired(TODAY.plusDays(6))).isGreaterThanOrEqualTo(1);
        assertThat(status(s)).isEqualTo("NOT_ACCREDITED");
        given().auth()
                .oauth2(s.commissioner())
                .when()
                .get("/api/partners/v1/agencies/" + s.agency() + "/accreditations")
                .then()
                .body("[0].history.reason", org.hamcrest.Matchers.hasItem("CHECK_EXPIRED"))
                .body("[0].history.size()", equalTo(2));

        check(s, "INSURANCE", "PASSED", TODAY, TODAY.plusYears(1));
        assertThat(status(s)).isEqualTo("ACCREDITED");
    }

    @Test
    void a_failed_check_withdraws_accreditation() {
        Setup s = setUp();
        check(s, "INSURANCE", "PASSED", TODAY.minusDays(2), TODAY.plusYears(1));
        check(s, "SAFEGUARDING_POLICY", "PASSED", TODAY.minusDays(2), TODAY.plusYears(1));
        check(s, "SAFEGUARDING_POLICY", "FAILED", TODAY, TODAY.plusYears(1));
        assertThat(status(s)).isEqualTo("NOT_ACCREDITED");
    }

    @Test
    void why_an_accreditation_changed_is_told_to_the_agency_and_the_council_not_to_a_competitor() {
        var s = setUp();
        LocalDate today = LocalDate.now();
        check(s, "INSURANCE", "PASSED", today, today.plusYears(1));
        check(s, "SAFEGUARDING_POLICY", "PASSED", today, today.plusYears(1));
        check(s, "INSURANCE", "FAILED", today, today.plusYears(1));
        String path = "/api/partners/v1/agencies/" + s.agency() + "/accreditations";
        String history = "find { it.councilCode == '%s' }.history".formatted(s.council());
        given().auth()
                .oauth2(s.commissioner())
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body(history + ".checkTypes.flatten()", org.hamcrest.Matchers.hasItem("INSURANCE"));
        given().auth()
                .oauth2(agencyStaff("own-pm", "provider-manager", s.agency().toString()))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body(history + ".checkTypes.flatten()", org.hamcrest.Matchers.hasItem("INSURANCE"));
        given().auth()
                .oauth2(agencyStaff(
                        "rival-pm", "provider-manager", UUID.randomUUID().toString()))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body(history + ".status", org.hamcrest.Matchers.hasItem("NOT_ACCREDITED"))
                .body(history + ".reason", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()))
                .body(history + ".checkTypes", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void only_commissioners_record_checks_and_only_for_their_own_councils_policy() {
        Setup s = setUp();
        given().auth()
                .oauth2(councilStaff("sw", "social-worker", s.council()))
                .contentType(ContentType.JSON)
                .body("{\"type\": \"INSURANCE\", \"outcome\": \"PASSED\", \"evidenceReference\": \"x\", "
                        + "\"checkedOn\": \"%s\", \"expiresOn\": \"%s\"}".formatted(TODAY, TODAY.plusYears(1)))
                .when()
                .post("/api/partners/v1/agencies/" + s.agency() + "/checks")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(councilStaff("c", "commissioner", "E10000032"))
                .contentType(ContentType.JSON)
                .body("{\"mandatoryChecks\": []}")
                .when()
                .put("/api/partners/v1/councils/" + s.council() + "/due-diligence-policy")
                .then()
                .statusCode(403);
    }

    @Test
    void a_provider_manager_sees_their_own_agencys_checks_and_not_another_agencys() {
        Setup s = setUp();
        check(s, "INSURANCE", "PASSED", TODAY.minusDays(2), TODAY.plusYears(1));
        given().auth()
                .oauth2(agencyStaff("pm", "provider-manager", s.agency().toString()))
                .when()
                .get("/api/partners/v1/agencies/" + s.agency() + "/checks")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        given().auth()
                .oauth2(agencyStaff("pm", "provider-manager", UUID.randomUUID().toString()))
                .when()
                .get("/api/partners/v1/agencies/" + s.agency() + "/checks")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(councilStaff("c", "commissioner", "E10000025"))
                .when()
                .get("/api/partners/v1/agencies/" + s.agency() + "/checks")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void an_impossible_check_is_refused_and_nothing_is_recorded() {
        Setup s = setUp();
        given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body("{\"type\": \"CREDIT_CHECK\", \"outcome\": \"PASSED\", \"evidenceReference\": \"D&B\", "
                        + "\"checkedOn\": \"%s\", \"expiresOn\": \"%s\"}".formatted(TODAY, TODAY.plusYears(1)))
                .when()
                .post("/api/partners/v1/agencies/" + s.agency() + "/checks")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body("{\"type\": \"INSURANCE\", \"outcome\": \"MAYBE\", \"evidenceReference\": \"x\", "
                        + "\"checkedOn\": \"%s\", \"expiresOn\": \"%s\"}".formatted(TODAY, TODAY.plusYears(1)))
                .when()
                .post("/api/partners/v1/agencies/" + s.agency() + "/checks")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(s.commissioner())
                .when()
                .get("/api/partners/v1/agencies/" + s.agency() + "/checks")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
