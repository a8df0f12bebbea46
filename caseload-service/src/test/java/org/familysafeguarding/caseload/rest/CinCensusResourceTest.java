package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

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
                    on conflict do nothing""").setParameter("code", CENSUS_COUNCIL)
                    .setParameter("other", NO_NUMBER_COUNCIL).executeUpdate();
        });
    }

    static String manager(String council) {
        return councilStaff("tm-" + council, "team-manager", council);
    }

    static String post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(BASE + path)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void the_return_holds_the_years_children_in_need_and_meets_the_2026_schema() throws Exception {
        String sw = socialWorker(CENSUS_COUNCIL);
        String surname = unique("Census");
        String family = openFamily(sw, surname + " family");
        String protectedChild = recordChild(sw, family, childJson("Ash", surname, "2018-05-04", "CEN" + NEXT.incrementAndGet()));
        String nfaChild = recordChild(sw, family, childJson("Bay", surname, "2020-02-14", "CEN" + NEXT.incrementAndGet()));
        String pastChild = recordChild(sw, family, childJson("Cedar", surname, "2016-07-01", "CEN" + NEXT.incrementAndGet()));

        String referral = post(sw, "/children/" + protectedChild + "/referrals",
                "{\"referralDate\": \"2025-06-02\", \"source\": \"3A\", \"primaryNeed\": \"N1\", \"outcome\": \"ASSESSMENT\"}");
        String assessment = post(sw, "/children/" + protectedChild + "/assessments",
                "{\"startDate\": \"2025-06-03\", \"referralId\": \"" + referral + "\"}");
        given().auth().oauth2(manager(CENSUS_COUNCIL)).contentType(ContentType.JSON)
                .body("{\"authorisationDate\": \"2025-07-18\", \"factors\": [\"4B\", \"3B\"]}")
                .when().put(BASE + "/assessments/" + assessment + "/authorisation").then().statusCode(200);
        post(sw, "/children/" + protectedChild + "/plans", """
                {"kind": "CHILD_IN_NEED", "startDate": "2025-07-21", "endDate": "2025-09-01", "closureReason": "RC7"}""");
        post(sw, "/children/" + protectedChild + "/plans",
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"2025-09-01\", \"categoryOfAbuse\": \"NEG\"}");
        post(sw, "/children/" + nfaChild + "/referrals",
                "{\"referralDate\": \"2025-05-12\", \"source\": \"6\", \"primaryNeed\": \"N4\", \"outcome\": \"NO_FURTHER_ACTION\"}");
        post(sw, "/children/" + pastChild + "/referrals",
                "{\"referralDate\": \"2023-01-10\", \"source\": \"2A\", \"primaryNeed\": \"N5\", \"outcome\": \"NO_FURTHER_ACTION\"}");

        byte[] xml = given().auth().oauth2(manager(CENSUS_COUNCIL)).queryParam("year", 2026)
                .when().get(BASE + "/returns/cin-census")
                .then().statusCode(200).contentType(ContentType.XML)
                .header("Content-Disposition", "attachment; filename=\"CIN_840_2026.xml\"")
                .extract().asByteArray();

        try (InputStream xsd = getClass().getClassLoader().getResourceAsStream("cin-census/schema/CIN_schema_2026.xsd")) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd))
                    .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        }
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/Message/Header/Source/LEA", doc)).isEqualTo("840");
        assertThat(xpath.evaluate("/Message/Header/CollectionDetails/ReferenceDate", doc)).isEqualTo("2026-03-31");
        assertThat(xpath.evaluate("count(/Message/Children/Child)", doc)).isEqualTo("2");
        String child = "/Message/Children/Child[ChildIdentifiers/PersonBirthDate='2018-05-04']";
        assertThat(xpath.evaluate(child + "/CINdetails/CINreferralDate", doc)).isEqualTo("2025-06-02");
        assertThat(xpath.evaluate(child + "/CINdetails/ReferralNFA", doc)).isEqualTo("0");
        assertThat(xpath.evaluate(child + "/CINdetails/CINclosureDate", doc)).isEmpty();
        assertThat(xpath.evaluate(child + "/CINdetails/DateOfInitialCPC", doc)).isEqualTo("2025-09-01");
        assertThat(xpath.evaluate(child + "/CINdetails/Assessments/AssessmentAuthorisationDate", doc)).isEqualTo("2025-07-18");
        assertThat(xpath.evaluate("count(" + child + "/CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors)", doc)).isEqualTo("2");
        assertThat(xpath.evaluate(child + "/CINdetails/CINPlanDates/CINPlanEndDate", doc)).isEqualTo("2025-09-01");
        assertThat(xpath.evaluate(child + "/CINdetails/ChildProtectionPlans/InitialCategoryOfAbuse", doc)).isEqualTo("NEG");
        assertThat(xpath.evaluate(child + "/CINdetails/ChildProtectionPlans/NumberOfPreviousCPP", doc)).isEqualTo("0");
        String nfa = "/Message/Children/Child[ChildIdentifiers/PersonBirthDate='2020-02-14']/CINdetails";
        assertThat(xpath.evaluate(nfa + "/ReferralNFA", doc)).isEqualTo("1");
        assertThat(xpath.evaluate(nfa + "/CINclosureDate", doc)).isEqualTo("2025-05-12");
        assertThat(xpath.evaluate(nfa + "/ReasonForClosure", doc)).isEqualTo("RC8");

        assertThat(audit.forChild(protectedChild, 0, 100).getLast().action).isEqualTo(AuditAction.EXPORT);
        assertThat(audit.forChild(pastChild, 0, 100)).extracting(e -> e.action).doesNotContain(AuditAction.EXPORT);
    }

    @Test
    void analysts_social_workers_and_agency_staff_get_no_person_level_return() {
        for (String role : new String[] { "analyst", "social-worker", "commissioner", "auditor" }) {
            given().auth().oauth2(councilStaff(role, role, CENSUS_COUNCIL)).queryParam("year", 2026)
                    .when().get(BASE + "/returns/cin-census").then().statusCode(403);
        }
        given().queryParam("year", 2026).when().get(BASE + "/returns/cin-census").then().statusCode(401);
    }

    @Test
    void a_year_not_yet_over_a_missing_year_or_an_unknown_council_number_is_refused_with_a_problem() {
        given().auth().oauth2(manager(CENSUS_COUNCIL)).queryParam("year", 2099)
                .when().get(BASE + "/returns/cin-census").then().statusCode(422)
                .contentType("application/problem+json");
        given().auth().oauth2(manager(CENSUS_COUNCIL)).when().get(BASE + "/returns/cin-census").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(manager(NO_NUMBER_COUNCIL)).queryParam("year", 2026)
                .when().get(BASE + "/returns/cin-census").then().statusCode(422)
                .contentType("application/problem+json");
    }
}
