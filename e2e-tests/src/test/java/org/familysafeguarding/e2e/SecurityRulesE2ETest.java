package org.familysafeguarding.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.e2e.InterventionToKpiE2ETest.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;

/**
 * The attacks of a user inside one council, tried through the gateway with the attacker's own demo
 * login and real Keycloak tokens; each is refused, and nothing is written.
 */
class SecurityRulesE2ETest {

    static final String PARTNERS = Stack.GATEWAY + "/api/partners/v1";
    static final String CASELOAD = Stack.GATEWAY + "/api/caseload/v1";
    static final String CGL = TenantFixtures.OWN_AGENCY;
    static final String TURNING_POINT = TenantFixtures.OTHER_AGENCY;
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void another_councils_partnership_admin_can_neither_rewrite_a_shared_agency_nor_register_a_council() {
        Response agency = as("ox-partnership-admin").when().get(PARTNERS + "/agencies/" + CGL);
        String etag = agency.header("ETag");
        as("ox-partnership-admin")
                .header("If-Match", etag)
                .body("{\"name\": \"Change, Grow, Live\", \"kind\": \"IN_HOUSE\", \"council\": \"E10000025\", "
                        + "\"serviceTypes\": [\"SUBSTANCE_USE\"]}")
                .when()
                .put(PARTNERS + "/agencies/" + CGL)
                .then()
                .statusCode(403);
        as("ws-partnership-admin")
                .when()
                .get(PARTNERS + "/agencies/" + CGL)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("kind", org.hamcrest.Matchers.equalTo("CHARITY"));

        as("ox-partnership-admin")
                .body("""
                {"code": "E10000034", "details": {"name": "Squatted County Council", "localAuthorityNumber": "885",
                 "inHoursPhone": "01632 960000", "outOfHoursPhone": "01632 960001",
                 "decisionThresholds": {"keyDecision": 500000, "officerUpTo": 500000, "cabinetMemberUpTo": 1000000}}}""")
                .when()
                .post(PARTNERS + "/councils")
                .then()
                .statusCode(403);
        as("ws-partnership-admin")
                .when()
                .get(PARTNERS + "/councils/E10000034")
                .then()
                .statusCode(404);
    }

    @Test
    void another_councils_partnership_admin_cannot_rebind_a_partner_agencys_practitioner_login() throws Exception {
        String id = TenantFixtures.practitionerId(CGL, "cgl-practitioner");
        Response read = as("ox-partnership-admin").when().get(PARTNERS + "/practitioners/" + id);
        ObjectNode body = requestOf(read.asString());
        body.put("login", "tp-practitioner");
        as("ox-partnership-admin")
                .header("If-Match", read.header("ETag"))
                .body(JSON.writeValueAsString(body))
                .when()
                .put(PARTNERS + "/practitioners/" + id)
                .then()
                .statusCode(403);
        as("platform-admin")
                .when()
                .get(PARTNERS + "/practitioners/" + id)
                .then()
                .statusCode(200)
                .body("login", org.hamcrest.Matchers.equalTo("cgl-practitioner"))
                .header("ETag", read.header("ETag"));
    }

    /**
     * Even the steward of the workforce cannot hand one agency's allocations to another agency's user:
     * the Change, Grow, Live worker's login is given to the Turning Point user (whose agency has no
     * agreement with West Sussex), and that user's token still reaches none of the worker's adults.
     */
    @Test
    void a_login_moved_to_another_agencys_user_carries_none_of_the_allocations_with_it() throws Exception {
        var family = ProbationExchangeE2ETest.family();
        String cgl = TenantFixtures.practitionerId(CGL, "cgl-practitioner");
        String tp = TenantFixtures.practitionerId(TURNING_POINT, "tp-practitioner");
        assertThat(allocationsOf("cgl-practitioner")).isNotEmpty();
        setLogin(tp, "tp-practitioner-parked");
        setLogin(cgl, "tp-practitioner");
        try {
            // the move reached caseload once the CGL user no longer finds their own allocations
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> allocationsOf("cgl-practitioner").isEmpty());
            assertThat(allocationsOf("tp-practitioner")).isEmpty();
            as("tp-practitioner")
                    .when()
                    .get(CASELOAD + "/adults/" + family.adultId())
                    .then()
                    .statusCode(404);
        } finally {
            setLogin(cgl, "cgl-practitioner");
            setLogin(tp, "tp-practitioner");
        }
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !allocationsOf("cgl-practitioner").isEmpty());
    }

    @Test
    void a_crn_another_council_holds_cannot_be_claimed_and_both_councils_admins_are_told() {
        var family = ProbationExchangeE2ETest.family();
        String probe = InterventionToKpiE2ETest.created(as("ox-social-worker")
                .body("{\"name\": \"Probe family\"}")
                .when()
                .post(CASELOAD + "/families"));
        as("ox-social-worker")
                .body("{\"givenName\": \"P\", \"familyName\": \"Q\", \"crn\": \"%s\"}".formatted(family.crn()))
                .when()
                .post(CASELOAD + "/families/" + probe + "/adults")
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("E10000032")));
        as("ox-social-worker")
                .when()
                .get(CASELOAD + "/families/" + probe)
                .then()
                .statusCode(200)
                .body("adults", org.hamcrest.Matchers.empty());
        List<String> held = as("ws-partnership-admin")
                .when()
                .get(CASELOAD + "/identifier-claims?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.side == 'HOLDER' }.adultId");
        assertThat(held).contains(family.adultId());
        List<String> claimedBy = as("ox-partnership-admin")
                .when()
                .get(CASELOAD + "/identifier-claims?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.side == 'CLAIMANT' }.claimedBy");
        assertThat(claimedBy).contains("ox-social-worker");
    }

    @Test
    void a_group_supervision_action_cannot_be_sent_to_a_practitioner_outside_the_team_and_the_family() {
        var family = ProbationExchangeE2ETest.family();
        String socialWorker = TenantFixtures.practitionerId(
                TenantFixtures.IN_HOUSE_AGENCY.get(TenantFixtures.OWN_COUNCIL), "ws-social-worker");
        String team = InterventionToKpiE2ETest.teamOf(socialWorker);
        String outsider = TenantFixtures.practitionerId(TURNING_POINT, "tp-practitioner");
        long before = as("ws-social-worker")
                .when()
                .get(CASELOAD + "/group-supervisions?teamId=" + team)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
        as("ws-social-worker")
                .body("""
                {"teamId": "%s", "sessionDate": "%s",
                 "attendees": [{"practitionerId": "%s", "discipline": "SOCIAL_WORK"}],
                 "families": [{"familyId": "%s", "riskRating": "HIGH", "decision": "probe"}],
                 "actions": [{"familyId": "%4$s", "description": "PROBE case detail", "ownerId": "%s", "dueDate": "%s"}]}""".formatted(
                                team,
                                LocalDate.now(),
                                socialWorker,
                                family.familyId(),
                                outsider,
                                LocalDate.now().plusDays(7)))
                .when()
                .post(CASELOAD + "/group-supervisions")
                .then()
                .statusCode(422);
        assertThat(as("ws-social-worker")
                        .when()
                        .get(CASELOAD + "/group-supervisions?teamId=" + team)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("totalItems"))
                .isEqualTo(before);
        as("tp-practitioner")
                .when()
                .get(CASELOAD + "/group-supervisions/actions/mine")
                .then()
                .statusCode(200)
                .body(
                        "items.description",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("PROBE case detail")));
    }

    @Test
    void a_request_id_sent_by_the_caller_is_never_the_one_the_audit_keeps() {
        var family = ProbationExchangeE2ETest.family();
        String forged = "forged-" + UUID.randomUUID();
        as("ws-social-worker")
                .header("X-Request-Id", forged)
                .when()
                .get(CASELOAD + "/children/" + family.childId())
                .then()
                .statusCode(200)
                .header("X-Client-Request-Id", forged)
                .header("X-Request-Id", org.hamcrest.Matchers.not(forged));
        List<String> ids = as("ws-auditor")
                .when()
                .get(CASELOAD + "/audit/children/" + family.childId() + "?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.requestId");
        assertThat(ids).isNotEmpty().doesNotContain(forged);
    }

    @Test
    void an_auditor_learns_nothing_of_other_councils_from_the_verification() {
        for (String service : List.of("partners", "contracts", "caseload")) {
            Map<String, Object> found = as("ox-auditor")
                    .when()
                    .get(Stack.GATEWAY + "/api/" + service + "/v1/audit/verification")
                    .then()
                    .statusCode(200)
                    .extract()
                    .as(Map.class);
            assertThat(found)
                    .as(service)
                    .containsEntry("intact", true)
                    .doesNotContainKeys("headSeq", "headHash", "entriesChecked", "previouslyVerifiedSeq");
        }
    }

    @Test
    void a_path_written_another_way_is_refused_by_the_gateway() throws IOException {
        String token = Stack.tokenFor(Stack.user("social-worker", TenantFixtures.OWN_COUNCIL));
        for (String path : List.of(
                "/api/partners/../caseload/v1/fhir/Flag",
                "/api/caseload//v1/fhir/Flag",
                "/api/caseload/v1/fhir;x=1/Flag",
                "/api/caseload/v1/%66hir/Flag",
                "/api/caseload/v1%2Ffhir/Flag",
                "/API/caseload/v1/fhir/Flag",
                "/api/caseload/v1/fhir/Flag.")) {
            String answer =
                    raw("GET " + path + "?patient:identifier=https://fhir.nhs.uk/Id/nhs-number|9000000009 HTTP/1.1\r\n"
                            + "Host: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");
            assertThat(answer.substring(9, 12)).as(path).isIn("400", "403", "404");
            assertThat(answer).as(path).doesNotContain("The caller's role may not do this");
        }
    }

    @Test
    void the_broker_refuses_a_client_without_credentials_and_a_user_writing_another_services_topic() {
        Map<String, Object> anonymous = Map.of(
                "bootstrap.servers",
                "127.0.0.1:9092",
                "max.block.ms",
                5000,
                "delivery.timeout.ms",
                8000,
                "request.timeout.ms",
                4000);
        assertThat(produce(anonymous, "partners.events")).isNotNull();
        Exception refused = produce(Stack.kafkaClient("probation", anonymous), "partners.events");
        assertThat(refused).isNotNull();
        assertThat(refused.getCause()).isInstanceOf(org.apache.kafka.common.errors.TopicAuthorizationException.class);
    }

    /** Sends one forged agency event; answers what stopped it, or null if it was written. */
    static Exception produce(Map<String, Object> config, String topic) {
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<>(
                config,
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.StringSerializer())) {
            var record = new org.apache.kafka.clients.producer.ProducerRecord<>(topic, "forged", "{}");
            record.headers().add("ce_source", "/evil".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    static List<Object> allocationsOf(String username) {
        return as(username)
                .when()
                .get(CASELOAD + "/allocations/mine")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
    }

    static void setLogin(String practitionerId, String login) throws Exception {
        Response read = as("platform-admin").when().get(PARTNERS + "/practitioners/" + practitionerId);
        assertThat(read.statusCode()).isEqualTo(200);
        ObjectNode body = requestOf(read.asString());
        body.put("login", login);
        as("platform-admin")
                .header("If-Match", read.header("ETag"))
                .body(JSON.writeValueAsString(body))
                .when()
                .put(PARTNERS + "/practitioners/" + practitionerId)
                .then()
                .statusCode(200);
    }

    /** The change request for a practitioner as read: the response less what only the service sets. */
    static ObjectNode requestOf(String response) throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(response);
        body.remove(List.of("id", "agencyId", "discipline", "version"));
        return body;
    }

    static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", 8080)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
