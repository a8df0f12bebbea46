package org.familysafeguarding.caseload.support;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

/**
 * A family of the council whose adult is on probation (a CRN of their own): allocated to a team and
 * its lead social worker, and the adult to a substance-use practitioner of a commissioned agency.
 * Invented people.
 */
public final class ProbationFamily {

    public static final String BASE = "/api/caseload/v1";
    public static final String COUNCIL = "E10000032";

    public final String crn = newCrn();
    public final UUID team;
    public final String leadLogin;
    public final UUID lead;
    public final UUID agency;
    public final String practitionerLogin;
    public final UUID practitioner;
    public final String familyId;
    public final String childId;
    public final String adultId;

    public ProbationFamily(Partnership partnership) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        team = partnership.team(COUNCIL, Partnership.LIMITS);
        leadLogin = "lead-" + suffix;
        lead = partnership.practitioner(partnership.inHouseAgency(COUNCIL), "SOCIAL_WORKER", leadLogin, team, COUNCIL);
        agency = partnership.commissionedAgency(COUNCIL, "SUBSTANCE_USE");
        practitionerLogin = "su-" + suffix;
        practitioner =
                partnership.practitioner(agency, "ADULT_PRACTITIONER_SUBSTANCE_USE", practitionerLogin, team, COUNCIL);
        String sw = socialWorker();
        familyId = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Trevail family\"}")
                .when()
                .post(BASE + "/families")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        childId = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("""
                {"givenName": "Wren", "familyName": "Trevail", "dateOfBirth": "2020-05-06", "sex": "F",
                 "ethnicity": "WBRI", "disabilities": ["NONE"], "councilChildId": "%s"}""".formatted(("P" + suffix).substring(0, 9)))
                .when()
                .post(BASE + "/families/" + familyId + "/children")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
        adultId = recordAdult(familyId, childId, crn);
        // the adult first: once the family is allocated to a team, only that team's staff see it
        given().auth()
                .oauth2(teamManager())
                .contentType(ContentType.JSON)
                .body("{\"practitionerId\": \"%s\", \"specialism\": \"SUBSTANCE_USE\"}".formatted(practitioner))
                .when()
                .post(BASE + "/adults/" + adultId + "/allocations")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(teamManager())
                .contentType(ContentType.JSON)
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(team, lead))
                .when()
                .post(BASE + "/families/" + familyId + "/allocations")
                .then()
                .statusCode(201);
    }

    public static String recordAdult(String familyId, String childId, String crn) {
        return given().auth()
                .oauth2(socialWorker())
                .contentType(ContentType.JSON)
                .body("""
                {"givenName": "Alex", "familyName": "Trevail", "dateOfBirth": "1988-07-08", "crn": "%s",
                 "relationships": [{"childId": "%s", "relationship": "FATHER"}]}""".formatted(crn, childId))
                .when()
                .post(BASE + "/families/" + familyId + "/adults")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
    }

    /** One letter and six digits; T for test, so no example's X-numbers collide. */
    public static String newCrn() {
        return "T%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
    }

    public static String socialWorker() {
        return councilStaff("sw-" + COUNCIL, "social-worker", COUNCIL);
    }

    public static String teamManager() {
        return councilStaff("tm-" + COUNCIL, "team-manager", COUNCIL);
    }

    public String leadToken() {
        return councilStaff(leadLogin, "social-worker", COUNCIL);
    }

    public String practitionerToken() {
        return agencyStaff(practitionerLogin, "practitioner", agency.toString());
    }
}
