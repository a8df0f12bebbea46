package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

/** Invented families and people for the resource tests; each test makes its own. */
final class CaseloadFixtures {

    static final String BASE = "/api/caseload/v1";
    static final String COUNCIL = "E10000032";
    static final String OTHER_COUNCIL = "E10000025";
    static final AtomicInteger NEXT = new AtomicInteger();

    private CaseloadFixtures() {}

    static String socialWorker(String council) {
        return councilStaff("sw-" + council, "social-worker", council);
    }

    static String unique(String prefix) {
        return prefix + NEXT.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A fresh council child id (at most 10 characters, as the census allows). */
    static String childId() {
        return ("C" + UUID.randomUUID().toString().replace("-", "")).substring(0, 10);
    }

    static String openFamily(String token, String name) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\"}")
                .when()
                .post(BASE + "/families")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String childJson(String given, String family, String dateOfBirth, String councilChildId) {
        return """
                {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "sex": "F", "ethnicity": "WBRI",
                 "disabilities": ["NONE"], "councilChildId": "%s"}""".formatted(given, family, dateOfBirth, councilChildId);
    }

    static String recordChild(String token, String familyId, String json) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(json)
                .when()
                .post(BASE + "/families/" + familyId + "/children")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
    }

    /** A family of the council with one child; returns {familyId, childId}. */
    static String[] familyWithChild(String council) {
        String token = socialWorker(council);
        String surname = unique("Fenwick");
        String family = openFamily(token, surname + " family");
        String child = recordChild(token, family, childJson("Robin", surname, "2019-03-02", childId()));
        return new String[] {family, child};
    }
}
