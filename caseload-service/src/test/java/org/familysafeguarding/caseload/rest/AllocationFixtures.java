package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

import java.util.UUID;

import org.familysafeguarding.caseload.support.Partnership;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A team of the council with its lead social worker, and a family with an adult: the start of most allocation tests. */
final class AllocationFixtures {

    final Partnership partnership;
    final UUID councilStaff;
    final UUID team;
    final String leadLogin = unique("lead-sw-");
    final UUID lead;
    final String familyId;
    final String childId;
    final String adultId;

    AllocationFixtures(Partnership partnership) {
        this.partnership = partnership;
        this.councilStaff = partnership.inHouseAgency(COUNCIL);
        this.team = partnership.team(COUNCIL, Partnership.LIMITS);
        this.lead = partnership.practitioner(councilStaff, "SOCIAL_WORKER", leadLogin, team, COUNCIL);
        String[] made = familyWithChild(COUNCIL);
        this.familyId = made[0];
        this.childId = made[1];
        this.adultId = recordAdult(familyId, childId);
    }

    static String recordAdult(String familyId, String childId) {
        return given().auth()
                .oauth2(socialWorker(COUNCIL))
                .contentType(ContentType.JSON)
                .body("""
                {"givenName": "Sam", "familyName": "Hollins", "dateOfBirth": "1991-02-03",
                 "relationships": [{"childId": "%s", "relationship": "MOTHER"}]}""".formatted(childId))
                .when()
                .post(BASE + "/families/" + familyId + "/adults")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
    }

    static String teamManager() {
        return councilStaff(unique("tm-"), "team-manager", COUNCIL);
    }

    /** The lead social worker's own token (their login ties it to the practitioner). */
    String leadToken() {
        return councilStaff(leadLogin, "social-worker", COUNCIL);
    }

    static String practitionerToken(String login, UUID agency) {
        return agencyStaff(login, "practitioner", agency.toString());
    }

    ValidatableResponse allocateFamily() {
        return given().auth()
                .oauth2(teamManager())
                .contentType(ContentType.JSON)
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(team, lead))
                .when()
                .post(BASE + "/families/" + familyId + "/allocations")
                .then();
    }

    static ValidatableResponse allocateAdult(String adultId, UUID practitioner, String specialism) {
        return given().auth()
                .oauth2(teamManager())
                .contentType(ContentType.JSON)
                .body("{\"practitionerId\": \"%s\", \"specialism\": \"%s\"}".formatted(practitioner, specialism))
                .when()
                .post(BASE + "/adults/" + adultId + "/allocations")
                .then();
    }

    /** A substance-use practitioner of a commissioned agency, in the team; returns {agency, practitioner, login}. */
    Object[] substanceUsePractitioner() {
        UUID agency = partnership.commissionedAgency(COUNCIL, "SUBSTANCE_USE");
        String login = unique("su-");
        UUID practitioner = partnership.practitioner(agency, "ADULT_PRACTITIONER_SUBSTANCE_USE", login, team, COUNCIL);
        return new Object[] {agency, practitioner, login};
    }
}
