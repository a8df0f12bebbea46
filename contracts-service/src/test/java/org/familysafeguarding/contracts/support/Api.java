package org.familysafeguarding.contracts.support;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as a given role of a council or agency, and the bodies the contract tests send. */
public final class Api {

    public static final String CONTRACTS = "/api/contracts/v1/contracts";
    public static final String CHECKS = "/api/contracts/v1/procurement-checks";

    private Api() {}

    public static RequestSpecification asCouncil(String role, String council) {
        return given().auth()
                .oauth2(councilStaff("someone-" + role, role, council))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification asAgency(String role, UUID agency) {
        return given().auth()
                .oauth2(agencyStaff("someone-" + role, role, agency.toString()))
                .contentType(ContentType.JSON);
    }

    /** A three-year light-touch contract from 1 April 2025 at 300,000 a year, with a 2 + 2 year extension. */
    public static String contract(String council, UUID agency) {
        return contract(
                council, agency, "\"DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT\", \"DOMESTIC_ABUSE_PERPETRATOR_WORK\"");
    }

    /** The contract above buying other partner services (written as JSON strings, comma-separated). */
    public static String contract(String council, UUID agency, String services) {
        return """
                {"council": "%s", "title": "Family safeguarding adult practitioners",
                 "description": "Domestic abuse, substance use and mental health workers in locality teams",
                 "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "agencyId": %s,
                 "term": {"start": "2025-04-01", "initialEnd": "2028-03-31", "extensionOptionMonths": [24, 24],
                          "extensionDecisionBy": "2027-09-30", "mobilisationDays": 87},
                 "annualValue": 300000.00, "vatBasis": "VAT_EXEMPT",
                 "services": [%s]}""".formatted(council, agency == null ? "null" : "\"" + agency + "\"", services);
    }

    /** Plans the contract above as the council's commissioner and answers its id. */
    public static String plan(String council, UUID agency) {
        return asCouncil("commissioner", council)
                .body(contract(council, agency))
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Checks a direct award of a light-touch service on the ground of public-public cooperation. */
    public static String permittedDirectAward(String council) {
        return check(council, "DIRECT_AWARD", "\"PUBLIC_PUBLIC_COOPERATION\"");
    }

    public static String check(String council, String route, String ground) {
        return asCouncil("commissioner", council)
                .body("""
                {"council": "%s", "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "estimatedLifetimeValue": 2100000.00,
                 "decisionDate": "2025-01-15", "proposedRoute": "%s", "ground": %s}""".formatted(council, route, ground))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String transition(String to, String on, String level, String checkId, UUID agency) {
        return """
                {"to": "%s", "effectiveOn": "%s", "decisionMaker": "Cabinet", "decisionLevel": "%s",
                 "decisionReportRef": "CAB-2025-007", "procurementCheckId": %s, "agencyId": %s,
                 "endReason": %s}""".formatted(
                        to,
                        on,
                        level,
                        checkId == null ? "null" : "\"" + checkId + "\"",
                        agency == null ? "null" : "\"" + agency + "\"",
                        to.equals("ENDED") ? "\"TERMINATED\"" : "null");
    }

    /** Plans, awards (direct, to the given accredited agency), mobilises and puts live the contract above; its version is then 3. */
    public static String live(String council, UUID provider) {
        return live(council, provider, plan(council, null));
    }

    /** As {@link #live(String, UUID)}, for a contract buying the given services. */
    public static String liveBuying(String council, UUID provider, String services) {
        String id = asCouncil("commissioner", council)
                .body(contract(council, null, services))
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return live(council, provider, id);
    }

    private static String live(String council, UUID provider, String id) {
        String check = permittedDirectAward(council);
        String[][] moves = {
            {"AWARDED", "2025-01-20", "CABINET"},
            {"MOBILISING", "2025-01-21", "OFFICER"},
            {"LIVE", "2025-04-18", "OFFICER"}
        };
        for (int v = 0; v < moves.length; v++) {
            asCouncil("commissioner", council)
                    .header("If-Match", "\"" + v + "\"")
                    .body(transition(
                            moves[v][0], moves[v][1], moves[v][2], v == 0 ? check : null, v == 0 ? provider : null))
                    .when()
                    .post(CONTRACTS + "/" + id + "/transitions")
                    .then()
                    .statusCode(200);
        }
        return id;
    }
}
