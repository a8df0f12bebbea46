package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathFactory;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class CinCensusResourceTest {

    /** A council of its own, so its return holds only this class's children. */
    static final String CENSUS_COUNCIL = "E06000047";

    static final String NO_NUMBER_COUNCIL = "E06000048";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @BeforeEach
    void councils_are_known_from_partners_service() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into council (council_code, name, local_authority_number, model_adopted_on, as_of, updated_at)
                    values (:code, 'Census Test Council', '840', date '2024-04-01', now(), now()),
                           (:other, 'Unnumbered Council', null, null, now(), now())
                    on conflict do nothing""")
                    .setParameter("code", CENSUS_COUNCIL)
                    .setParameter("other", NO_NUMBER_COUNCIL)
                    .executeUpdate();
        });
    }

    /** A council of its own for one test, as partners-service's events would have made it known. */
    void knownCouncil(String council, String name, String localAuthorityNumber) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                                insert into council (council_code, name, local_authority_number, model_adopted_on, as_of,
                                                     updated_at)
                                values (:code, :name, :number, null, now(), now()) on conflict do nothing""")
                        .setParameter("code", council)
                        .setParameter("name", name)
                        .setParameter("number", localAuthorityNumber)
                        .executeUpdate());
    }

    static String manager(String council) {
        return councilStaff("tm-" + council, "team-manager", council);
    }

    /** The census is the council's return, made by its partnership admin. */
    static String admin(String council) {
        return councilStaff("pa-" + council, "partnership-admin", council);
    }

    static String post(String token, String path, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void the_return_holds_the_years_children_in_need_and_meets_the_2026_schema() throws Exception {
        String sw = socialWorker(CENSUS_COUNCIL);
        String surname = unique("Census");
        String family = openFamily(sw, surname + " family");
        String protectedChild =
                recordChild(sw, family, childJson("Ash", surname, "2018-05-04", "CEN" + NEXT.incrementAndGet()));
        String nfaChild =
                recordChild(sw, family, childJson("Bay", surname, "2020-02-14", "CEN" + NEXT.incrementAndGet()));
        String pastChild =
                recordChild(sw, family, childJson("Cedar", surname, "2016-07-01", "CEN" + NEXT.incrementAndGet()));

        String referral = post(
                sw,
                "/children/" + protectedChild + "/referrals",
                "{\"referralDate\": \"2025-06-02\", \"source\": \"3A\", \"primaryNeed\": \"N1\", \"outcome\": \"ASSESSMENT\"}");
        String assessment = post(
                sw,
                "/children/" + protectedChild + "/assessments",
                "{\"startDate\": \"2025-06-03\", \"referralId\": \"" + referral + "\"}");
        given().auth()
                .oauth2(manager(CENSUS_COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"authorisationDate\": \"2025-07-18\", \"factors\": [\"4B\", \"3B\"]}")
                .when()
                .put(BASE + "/assessments/" + assessment + "/authorisation")
                .then()
                .statusCode(200);
        post(sw, "/children/" + protectedChild + "/plans", """
                {"kind": "CHILD_IN_NEED", "startDate": "2025-07-21", "endDate": "2025-09-01"}""");
        post(
                sw,
                "/children/" + protectedChild + "/plans",
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"2025-09-01\", \"categoryOfAbuse\": \"NEG\"}");
        post(
                sw,
                "/children/" + nfaChild + "/referrals",
                "{\"referralDate\": \"2025-05-12\", \"source\": \"6\", \"primaryNeed\": \"N4\", \"outcome\": \"NO_FURTHER_ACTION\"}");
        post(
                sw,
                "/children/" + pastChild + "/referrals",
                "{\"referralDate\": \"2023-01-10\", \"source\": \"2A\", \"primaryNeed\": \"N5\", \"outcome\": \"NO_FURTHER_ACTION\"}");

        byte[] xml = given().auth()
                .oauth2(admin(CENSUS_COUNCIL))
                .queryParam("year", 2026)
                .when()
                .get(BASE + "/returns/cin-census")
                .then()
                .statusCode(200)
                .contentType(ContentType.XML)
                .header("Content-Disposition", "attachment; filename=\"CIN_840_2026.xml\"")
                .extract()
                .asByteArray();

        try (InputStream xsd =
                getClass().getClassLoader().getResourceAsStream("cin-census/schema/CIN_schema_2026.xsd")) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(new StreamSource(xsd))
                    .newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(xml)));
        }
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/Message/Header/Source/LEA", doc)).isEqualTo("840");
        assertThat(xpath.evaluate("/Message/Header/CollectionDetails/ReferenceDate", doc))
                .isEqualTo("2026-03-31");
        assertThat(xpath.evaluate("count(/Message/Children/Child)", doc)).isEqualTo("2");
        String child = "/Message/Children/Child[ChildIdentifiers/PersonBirthDate='2018-05-04']";
        assertThat(xpath.evaluate(child + "/CINdetails/CINreferralDate", doc)).isEqualTo("2025-06-02");
        assertThat(xpath.evaluate(child + "/CINdetails/ReferralNFA", doc)).isEqualTo("0");
        assertThat(xpath.evaluate(child + "/CINdetails/CINclosureDate", doc)).isEmpty();
        assertThat(xpath.evaluate(child + "/CINdetails/DateOfInitialCPC", doc)).isEqualTo("2025-09-01");
        assertThat(xpath.evaluate(child + "/CINdetails/Assessments/AssessmentAuthorisationDate", doc))
                .isEqualTo("2025-07-18");
        assertThat(xpath.evaluate(
                        "count(" + child + "/CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors)",
                        doc))
                .isEqualTo("2");
        assertThat(xpath.evaluate(child + "/CINdetails/CINPlanDates/CINPlanEndDate", doc))
                .isEqualTo("2025-09-01");
        assertThat(xpath.evaluate(child + "/CINdetails/ChildProtectionPlans/InitialCategoryOfAbuse", doc))
                .isEqualTo("NEG");
        assertThat(xpath.evaluate(child + "/CINdetails/ChildProtectionPlans/NumberOfPreviousCPP", doc))
                .isEqualTo("0");
        String nfa = "/Message/Children/Child[ChildIdentifiers/PersonBirthDate='2020-02-14']/CINdetails";
        assertThat(xpath.evaluate(nfa + "/ReferralNFA", doc)).isEqualTo("1");
        assertThat(xpath.evaluate(nfa + "/CINclosureDate", doc)).isEqualTo("2025-05-12");
        assertThat(xpath.evaluate(nfa + "/ReasonForClosure", doc)).isEqualTo("RC8");

        assertThat(audit.forChild(protectedChild, 0, 100).getLast().action).isEqualTo(AuditAction.EXPORT);
        assertThat(audit.forChild(pastChild, 0, 100)).extracting(e -> e.action).doesNotContain(AuditAction.EXPORT);
    }

    /**
     * The return reads only the children whose episode was open in the year, but all of their history: a child
     * protection plan of an episode closed two years before still counts as a previous plan, while that episode is
     * not returned.
     */
    @Test
    void a_plan_of_an_episode_closed_before_the_year_counts_as_previous_but_the_episode_is_not_returned()
            throws Exception {
        String council = "E06000061";
        knownCouncil(council, "Census History Council", "861");
        String sw = socialWorker(council);
        String surname = unique("Census");
        String family = openFamily(sw, surname + " family");
        String child =
                recordChild(sw, family, childJson("Dale", surname, "2014-09-12", "HIS" + NEXT.incrementAndGet()));
        String earlier = post(
                sw,
                "/children/" + child + "/referrals",
                "{\"referralDate\": \"2023-02-06\", \"source\": \"6\", \"primaryNeed\": \"N1\", \"outcome\": \"ASSESSMENT\"}");
        post(sw, "/children/" + child + "/plans", """
                {"kind": "CHILD_PROTECTION", "startDate": "2023-03-01", "categoryOfAbuse": "EMO", "endDate": "2024-01-15"}""");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"closureDate\": \"2024-02-01\", \"reason\": \"RC4\"}")
                .when()
                .post(BASE + "/referrals/" + earlier + "/closure")
                .then()
                .statusCode(200);
        post(
                sw,
                "/children/" + child + "/referrals",
                "{\"referralDate\": \"2025-10-01\", \"source\": \"6\", \"primaryNeed\": \"N1\", \"outcome\": \"ASSESSMENT\"}");
        post(sw, "/children/" + child + "/plans", """
                {"kind": "CHILD_PROTECTION", "startDate": "2025-11-03", "categoryOfAbuse": "NEG"}""");

        byte[] xml = given().auth()
                .oauth2(admin(council))
                .queryParam("year", 2026)
                .when()
                .get(BASE + "/returns/cin-census")
                .then()
                .statusCode(200)
                .header("X-Children-Count", "1")
                .extract()
                .asByteArray();

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("count(/Message/Children/Child/CINdetails)", doc))
                .isEqualTo("1");
        assertThat(xpath.evaluate("/Message/Children/Child/CINdetails/CINreferralDate", doc))
                .isEqualTo("2025-10-01");
        assertThat(xpath.evaluate("/Message/Children/Child/CINdetails/ChildProtectionPlans/NumberOfPreviousCPP", doc))
                .isEqualTo("1");
        assertThat(xpath.evaluate(
                        "/Message/Children/Child/CINdetails/ChildProtectionPlans/InitialCategoryOfAbuse", doc))
                .isEqualTo("NEG");
    }

    @Test
    void analysts_social_workers_team_managers_and_agency_staff_get_no_person_level_return() {
        // security review H9: a team manager got every family of the council; the return is the council's, whole
        given().auth()
                .oauth2(manager(CENSUS_COUNCIL))
                .queryParam("year", 2026)
                .when()
                .get(BASE + "/returns/cin-census/validation")
                .then()
                .statusCode(403);
        for (String role : new String[] {"analyst", "social-worker", "commissioner", "auditor", "team-manager"}) {
            given().auth()
                    .oauth2(councilStaff(role, role, CENSUS_COUNCIL))
                    .queryParam("year", 2026)
                    .when()
                    .get(BASE + "/returns/cin-census")
                    .then()
                    .statusCode(403);
        }
        given().queryParam("year", 2026)
                .when()
                .get(BASE + "/returns/cin-census")
                .then()
                .statusCode(401);
    }

    @Test
    void a_year_not_yet_over_a_missing_year_or_an_unknown_council_number_is_refused_with_a_problem() {
        given().auth()
                .oauth2(admin(CENSUS_COUNCIL))
                .queryParam("year", 2099)
                .when()
                .get(BASE + "/returns/cin-census")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin(CENSUS_COUNCIL))
                .when()
                .get(BASE + "/returns/cin-census")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin(NO_NUMBER_COUNCIL))
                .queryParam("year", 2026)
                .when()
                .get(BASE + "/returns/cin-census")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    static void put(String token, String path, String body, int status) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(BASE + path)
                .then()
                .statusCode(status);
    }

    @Test
    void section_47_enquiries_conferences_reviews_and_closures_are_returned_as_the_census_records_them()
            throws Exception {
        String council = "E06000057";
        knownCouncil(council, "Census S47 Council", "857");
        String sw = socialWorker(council);
        String surname = unique("Census");
        String family = openFamily(sw, surname + " family");
        String child = recordChild(sw, family, childJson("Elm", surname, "2016-03-02", "S47" + NEXT.incrementAndGet()));
        String assessedOnly =
                recordChild(sw, family, childJson("Fir", surname, "2019-04-05", "S47" + NEXT.incrementAndGet()));

        String referral = post(
                sw,
                "/children/" + child + "/referrals",
                "{\"referralDate\": \"2025-06-02\", \"source\": \"6\", \"primaryNeed\": \"N1\", \"outcome\": \"SECTION_47\"}");
        String enquiry = post(
                sw,
                "/children/" + child + "/section47-enquiries",
                "{\"startDate\": \"2025-06-03\", \"referralId\": \"" + referral + "\"}");
        // a second enquiry while one is open is refused (DfE rule 8890); a weekend conference too (8875)
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"startDate\": \"2025-06-04\"}")
                .when()
                .post(BASE + "/children/" + child + "/section47-enquiries")
                .then()
                .statusCode(422);
        put(sw, "/section47-enquiries/" + enquiry + "/conference", "{\"conferenceDate\": \"2025-06-14\"}", 422);
        put(sw, "/section47-enquiries/" + enquiry + "/conference", "{\"conferenceDate\": \"2025-06-17\"}", 200);
        String assessment = post(
                sw,
                "/children/" + child + "/assessments",
                "{\"startDate\": \"2025-06-03\", \"referralId\": \"" + referral + "\"}");
        put(
                manager(council),
                "/assessments/" + assessment + "/authorisation",
                "{\"authorisationDate\": \"2025-07-10\", \"factors\": [\"3B\"]}",
                200);
        String plan = post(
                sw,
                "/children/" + child + "/plans",
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"2025-06-17\", \"categoryOfAbuse\": \"EMO\"}");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"reviewDate\": \"2025-06-17\"}")
                .when()
                .post(BASE + "/plans/" + plan + "/reviews")
                .then()
                .statusCode(422); // rule 8841
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"reviewDate\": \"2025-09-16\"}")
                .when()
                .post(BASE + "/plans/" + plan + "/reviews")
                .then()
                .statusCode(200)
                .body("reviews", hasSize(1));
        // the case cannot close while its plan is open
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"closureDate\": \"2025-12-01\", \"reason\": \"RC7\"}")
                .when()
                .post(BASE + "/referrals/" + referral + "/closure")
                .then()
                .statusCode(422)
                .body("type", containsString("plans-still-open"));
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"endDate\": \"2025-12-01\", \"reason\": \"RC7\"}")
                .when()
                .post(BASE + "/plans/" + plan + "/closure")
                .then()
                .statusCode(400); // an RC code is no SSDA903 reason, and a CP plan carries none
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"endDate\": \"2025-12-01\"}")
                .when()
                .post(BASE + "/plans/" + plan + "/closure")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"closureDate\": \"2025-12-01\", \"reason\": \"RC7\"}")
                .when()
                .post(BASE + "/referrals/" + referral + "/closure")
                .then()
                .statusCode(200)
                .body("closureDate", equalTo("2025-12-01"))
                .body("closureReason", equalTo("RC7"));

        // finding C1: assessed, no plan, closed with RC9 (referred to early help)
        String second = post(
                sw,
                "/children/" + assessedOnly + "/referrals",
                "{\"referralDate\": \"2025-05-06\", \"source\": \"3A\", \"primaryNeed\": \"N5\", \"outcome\": \"ASSESSMENT\"}");
        String started = post(
                sw,
                "/children/" + assessedOnly + "/assessments",
                "{\"startDate\": \"2025-05-07\", \"referralId\": \"" + second + "\"}");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"closureDate\": \"2025-06-20\", \"reason\": \"RC9\"}")
                .when()
                .post(BASE + "/referrals/" + second + "/closure")
                .then()
                .statusCode(422)
                .body("type", containsString("assessment-not-completed"));
        put(
                manager(council),
                "/assessments/" + started + "/authorisation",
                "{\"authorisationDate\": \"2025-06-19\", \"factors\": [\"21\"]}",
                200);
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"closureDate\": \"2025-06-20\", \"reason\": \"RC9\"}")
                .when()
                .post(BASE + "/referrals/" + second + "/closure")
                .then()
                .statusCode(200);
        put(sw, "/children/" + assessedOnly + "/census-details", "{\"upnUnknownReason\": \"UN9\"}", 400);
        put(sw, "/children/" + assessedOnly + "/census-details", "{\"upnUnknownReason\": \"UN1\"}", 200);

        byte[] xml = given().auth()
                .oauth2(admin(council))
                .queryParam("year", 2026)
                .when()
                .get(BASE + "/returns/cin-census")
                .then()
                .statusCode(200)
                .header("X-Validation-Errors", "0")
                .extract()
                .asByteArray();
        try (InputStream xsd =
                getClass().getClassLoader().getResourceAsStream("cin-census/schema/CIN_schema_2026.xsd")) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(new StreamSource(xsd))
                    .newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(xml)));
        }
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        var xpath = XPathFactory.newInstance().newXPath();
        String protectedCase = "/Message/Children/Child[ChildIdentifiers/PersonBirthDate='2016-03-02']/CINdetails";
        assertThat(xpath.evaluate(protectedCase + "/Section47/S47ActualStartDate", doc))
                .isEqualTo("2025-06-03");
        assertThat(xpath.evaluate(protectedCase + "/Section47/InitialCPCtarget", doc))
                .isEqualTo("2025-06-24");
        assertThat(xpath.evaluate(protectedCase + "/Section47/DateOfInitialCPC", doc))
                .isEqualTo("2025-06-17");
        assertThat(xpath.evaluate(protectedCase + "/Section47/ICPCnotRequired", doc))
                .isEqualTo("0");
        assertThat(xpath.evaluate(protectedCase + "/DateOfInitialCPC", doc))
                .as("not repeated at CINdetails level (rule 2884)")
                .isEmpty();
        assertThat(xpath.evaluate(protectedCase + "/ChildProtectionPlans/Reviews/CPPreviewDate", doc))
                .isEqualTo("2025-09-16");
        assertThat(xpath.evaluate(protectedCase + "/CINclosureDate", doc)).isEqualTo("2025-12-01");
        assertThat(xpath.evaluate(protectedCase + "/ReasonForClosure", doc)).isEqualTo("RC7");
        String early = "/Message/Children/Child[ChildIdentifiers/PersonBirthDate='2019-04-05']";
        assertThat(xpath.evaluate(early + "/CINdetails/ReasonForClosure", doc)).isEqualTo("RC9");
        assertThat(xpath.evaluate(early + "/CINdetails/CINclosureDate", doc)).isEqualTo("2025-06-20");
        assertThat(xpath.evaluate(early + "/ChildIdentifiers/UPNunknown", doc)).isEqualTo("UN1");

        given().auth()
                .oauth2(admin(council))
                .queryParam("year", 2026)
                .when()
                .get(BASE + "/returns/cin-census/validation")
                .then()
                .statusCode(200)
                .body("validation.errors", equalTo(0))
                .body("children", equalTo(2))
                .body("laNumber", equalTo("857"));
    }

    @Test
    void the_dfe_rules_name_each_child_whose_return_would_be_rejected() {
        String council = "E06000058";
        knownCouncil(council, "Census Rules Council", "858");
        String sw = socialWorker(council);
        String surname = unique("Census");
        String childId = "RUL" + NEXT.incrementAndGet();
        String child =
                recordChild(sw, openFamily(sw, surname + " family"), childJson("Oak", surname, "2017-08-08", childId));
        // two referrals with the first never closed: two open episodes (8815), the earlier not the latest (8816)
        post(
                sw,
                "/children/" + child + "/referrals",
                "{\"referralDate\": \"2025-05-01\", \"source\": \"6\", \"primaryNeed\": \"N1\", \"outcome\": \"ASSESSMENT\"}");
        post(
                sw,
                "/children/" + child + "/referrals",
                "{\"referralDate\": \"2025-10-01\", \"source\": \"6\", \"primaryNeed\": \"N1\", \"outcome\": \"ASSESSMENT\"}");
        given().auth()
                .oauth2(admin(council))
                .queryParam("year", 2026)
                .when()
                .get(BASE + "/returns/cin-census/validation")
                .then()
                .statusCode(200)
                .body("validation.children[0].laChildId", equalTo(childId))
                .body("validation.children[0].issues.rule", hasItems("8815", "8816"))
                .body("validation.errors", greaterThan(1));
        given().auth()
                .oauth2(admin(council))
                .queryParam("year", 2026)
                .when()
                .get(BASE + "/returns/cin-census")
                .then()
                .statusCode(200)
                .header("X-Validation-Errors", not(equalTo("0")));
        assertThat(audit.forChild(child, 0, 100))
                .extracting(e -> e.action)
                .contains(AuditAction.READ, AuditAction.EXPORT);
    }
}
