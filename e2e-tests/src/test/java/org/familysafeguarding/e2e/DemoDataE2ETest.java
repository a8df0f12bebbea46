package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;

/**
 * The invented families that {@code stack up} loads (deploy/local/lib/demo_families.py) as the services
 * report them: each demo council's CIN census return, fetched through the gateway by its partnership
 * admin, validates against the DfE's 2026 schema, passes the DfE's validation rules the platform runs
 * with no error, and holds the children the generator planned; the outcome metrics show the children
 * on CP and CIN plans it left open, and an analyst gets whole periods only. The generator writes what
 * it planned to .stack/demo-families.json; the figures here come from the services.
 */
class DemoDataE2ETest {

    static final Path ROOT = Path.of(System.getProperty("stack.root", ".."));
    /** caseload-service's copy of shared/standards/cin-census/CIN_schema_2026.xsd, the one it validates with. */
    static final Path SCHEMA =
            ROOT.resolve("caseload-service/src/main/resources/cin-census/schema/CIN_schema_2026.xsd");

    static final String LA_NUMBER_WEST_SUSSEX = "938";
    static final String LA_NUMBER_OXFORDSHIRE = "931";

    static JsonNode planned(String council) {
        Path summary = ROOT.resolve(".stack/demo-families.json");
        assertThat(summary)
                .as("written by deploy/local/lib/demo_families.py when stack up loads the demo families")
                .exists();
        try {
            JsonNode planned = new ObjectMapper()
                    .readTree(Files.readString(summary))
                    .path("councils")
                    .path(council);
            assertThat(planned.isMissingNode())
                    .as("demo families planned for " + council)
                    .isFalse();
            return planned;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + summary, e);
        }
    }

    /** What other end-to-end tests add while they run: a few children of their own, a plan or two. */
    static int margin(int expected) {
        return Math.max(10, expected / 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E10000032", "E10000025"})
    void the_cin_census_of_the_demo_families_validates_against_the_2026_schema(String council) throws Exception {
        JsonNode planned = planned(council);
        int year = planned.path("censusYear").asInt();
        int expected = planned.path("expectedCensusChildren").asInt();
        assertThat(expected)
                .as("children the generator put in the collection year")
                .isPositive();

        Response response = given().auth()
                .oauth2(Stack.tokenFor(Stack.user("partnership-admin", council)))
                .accept("application/xml")
                .when()
                .get(Stack.GATEWAY + "/api/caseload/v1/returns/cin-census?year=" + year);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.header("Content-Disposition")).contains("CIN_");
        String xml = response.asString();

        var schema =
                SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SCHEMA.toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml))); // throws SAXParseException if invalid

        var builder = DocumentBuilderFactory.newInstance();
        builder.setNamespaceAware(true);
        Document document = builder.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        int children = document.getElementsByTagName("Child").getLength();
        assertThat(children)
                .as("children in the %d return of %s", year, council)
                .isBetween(expected, expected + margin(expected));
        assertThat(document.getElementsByTagName("LEA").item(0).getTextContent())
                .isEqualTo(council.equals("E10000032") ? LA_NUMBER_WEST_SUSSEX : LA_NUMBER_OXFORDSHIRE);
        assertThat(document.getElementsByTagName("CINdetails").getLength()).isGreaterThanOrEqualTo(children);
        assertThat(document.getElementsByTagName("ChildProtectionPlans").getLength())
                .as("children with a CP plan in the year")
                .isPositive();
        assertThat(document.getElementsByTagName("Section47").getLength())
                .as("section 47 enquiries in the year")
                .isPositive();
        assertThat(response.header("X-Validation-Errors"))
                .as("DfE rule errors in the return")
                .isEqualTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"E10000032", "E10000025"})
    void the_cin_census_of_the_demo_families_passes_the_dfe_rules_with_no_error(String council) {
        int year = planned(council).path("censusYear").asInt();
        Response response = given().auth()
                .oauth2(Stack.tokenFor(Stack.user("partnership-admin", council)))
                .accept("application/json")
                .when()
                .get(Stack.GATEWAY + "/api/caseload/v1/returns/cin-census/validation?year=" + year);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        int errors = response.path("validation.errors");
        assertThat(errors).as("errors per child: %s", response.asString()).isZero();
        // the return is the council's: a team manager does not get it (security review H9)
        assertThat(given().auth()
                        .oauth2(Stack.tokenFor(Stack.user("team-manager", council)))
                        .when()
                        .get(Stack.GATEWAY + "/api/caseload/v1/returns/cin-census?year=" + year)
                        .statusCode())
                .isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E10000032", "E10000025"})
    void the_outcome_metrics_show_the_children_on_plans_that_the_demo_families_left_open(String council) {
        JsonNode planned = planned(council);
        LocalDate asOf = LocalDate.parse(planned.path("asOf").asText());
        int cp = planned.path("expectedOpenCp").asInt();
        int cin = planned.path("expectedOpenCin").asInt();

        Response response = given().auth()
                .oauth2(Stack.tokenFor(Stack.user("partnership-admin", council)))
                .accept("application/json")
                .when()
                .get(Stack.GATEWAY + "/api/caseload/v1/outcomes?from="
                        + asOf.minusYears(1).plusDays(1) + "&to=" + asOf);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        Number cpOpen = response.path("period.childrenOnCpPlans.value");
        Number cinOpen = response.path("period.childrenOnCinPlans.value");
        assertThat(cpOpen).as("children on CP plans at %s in %s", asOf, council).isNotNull();
        assertThat(cpOpen.intValue()).isBetween(cp, cp + margin(cp));
        assertThat(cinOpen)
                .as("children on CIN plans at %s in %s", asOf, council)
                .isNotNull();
        assertThat(cinOpen.intValue()).isBetween(cin, cin + margin(cin));
        Number reReferralRate = response.path("period.reReferralRate.value");
        assertThat(reReferralRate).as("re-referral rate, per cent").isNotNull();
        assertThat(reReferralRate.doubleValue()).isBetween(1.0, 60.0);
        Number inNeed = response.path("period.childrenInNeed.value");
        assertThat(inNeed.intValue())
                .as("children in need (open episodes) include those on plans")
                .isGreaterThanOrEqualTo(cp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E10000032", "E10000025"})
    void an_analyst_gets_the_last_financial_year_but_not_a_window_a_day_shorter(String council) {
        String analyst = Stack.tokenFor(Stack.user("analyst", council));
        LocalDate asOf = LocalDate.parse(planned(council).path("asOf").asText());
        LocalDate end = LocalDate.of(asOf.getMonthValue() >= 4 ? asOf.getYear() : asOf.getYear() - 1, 3, 31);
        LocalDate start = end.minusYears(1).plusDays(1);
        assertThat(given().auth()
                        .oauth2(analyst)
                        .when()
                        .get(Stack.GATEWAY + "/api/caseload/v1/outcomes?from=" + start + "&to=" + end)
                        .statusCode())
                .isEqualTo(200);
        // two windows a day apart would give one day's children away (security review H5)
        assertThat(given().auth()
                        .oauth2(analyst)
                        .when()
                        .get(Stack.GATEWAY + "/api/caseload/v1/outcomes?from=" + start + "&to=" + end.minusDays(1))
                        .statusCode())
                .isEqualTo(422);
    }
}
