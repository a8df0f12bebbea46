package org.familysafeguarding.contracts.rest;

import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.contracts.support.Api.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.contracts.messaging.inbound.PractitionerJoinedTeam;
import org.familysafeguarding.contracts.messaging.inbound.PractitionerLeftTeam;
import org.familysafeguarding.contracts.messaging.inbound.PractitionerState;
import org.familysafeguarding.contracts.messaging.inbound.TeamFormed;
import org.familysafeguarding.contracts.support.Agencies;
import org.familysafeguarding.contracts.support.Councils;
import org.familysafeguarding.contracts.support.PublisherExamples;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class StaffingResourceTest {

    static final String STAFFING = """
            {"requirements": [
              {"role": "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM", "fte": 8.5},
              {"role": "TEAM_MANAGER", "fte": 1.0},
              {"role": "FAMILY_PRACTITIONER", "fte": 0.2}]}""";

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    @Test
    void reads_the_publishers_examples_of_the_workforce_events() throws Exception {
        var registered = json.readValue(example("practitioner-registered"), PractitionerState.class);
        var updated = json.readValue(example("practitioner-updated"), PractitionerState.class);
        var joined = json.readValue(example("practitioner-joined-team"), PractitionerJoinedTeam.class);
        var left = json.readValue(example("practitioner-left-team"), PractitionerLeftTeam.class);
        var formed = json.readValue(example("team-formed"), TeamFormed.class);
        org.assertj.core.api.Assertions.assertThat(List.of(
                        registered.practitionerId(),
                        registered.agencyId(),
                        registered.role(),
                        registered.fte(),
                        registered.startDate(),
                        updated.fte(),
                        joined.teamId(),
                        joined.councilCode(),
                        joined.from(),
                        left.to(),
                        left.teamId(),
                        formed.councilCode(),
                        formed.formedOn()))
                .doesNotContainNull();
    }

    private static String example(String name) {
        return org.familysafeguarding.platform.testing.EventCatalogue.example("partners", name + ".v1");
    }

    @Test
    void counts_the_providers_practitioners_in_the_councils_teams_on_the_day_against_the_requirement() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String id = live(council, provider);
        UUID team = UUID.randomUUID();
        UUID otherCouncilsTeam = UUID.randomUUID();
        partners(
                TeamFormed.TYPE,
                "team-formed",
                team,
                Map.of("teamId", team, "councilCode", council, "formedOn", "2025-01-01"));
        partners(
                TeamFormed.TYPE,
                "team-formed",
                otherCouncilsTeam,
                Map.of("teamId", otherCouncilsTeam, "councilCode", "E10000011", "formedOn", "2025-01-01"));

        UUID inPost = practitioner(provider, "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM", "1.0", null);
        UUID partTimeLeaver = practitioner(provider, "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM", "0.5", null);
        UUID manager = practitioner(provider, "TEAM_MANAGER", "1.0", null);
        UUID elsewhere = practitioner(provider, "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM", "1.0", null);
        UUID otherAgency = practitioner(UUID.randomUUID(), "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM", "1.0", null);
        UUID resigned = practitioner(provider, "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM", "0.8", null);
        partners(
                PractitionerState.UPDATED_TYPE,
                "practitioner-updated",
                resigned,
                practitionerFields(
                        resigned, provider, "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM", "0.8", "2025-05-31"));

        String joinedTwice = UUID.randomUUID().toString();
        join(inPost, team, council, provider, joinedTwice);
        join(inPost, team, council, provider, joinedTwice);
        join(inPost, team, council, provider, UUID.randomUUID().toString());
        join(partTimeLeaver, team, council, provider, UUID.randomUUID().toString());
        join(manager, team, council, provider, UUID.randomUUID().toString());
        join(
                elsewhere,
                otherCouncilsTeam,
                "E10000011",
                provider,
                UUID.randomUUID().toString());
        join(otherAgency, team, council, provider, UUID.randomUUID().toString());
        join(resigned, team, council, provider, UUID.randomUUID().toString());
        partners(
                PractitionerLeftTeam.TYPE,
                "practitioner-left-team",
                team,
                Map.of("practitionerId", partTimeLeaver, "teamId", team, "councilCode", council, "to", "2025-06-30"));

        asCouncil("commissioner", council)
                .body(STAFFING)
                .when()
                .put(CONTRACTS + "/" + id + "/staffing")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("specified", equalTo(true));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> asAgency("provider-manager", provider)
                        .queryParam("on", "2025-07-01")
                        .when()
                        .get(CONTRACTS + "/" + id + "/staffing")
                        .then()
                        .statusCode(200)
                        .body(
                                "roles.role",
                                contains(
                                        "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM",
                                        "FAMILY_PRACTITIONER",
                                        "TEAM_MANAGER"))
                        .body("roles[0].required", equalTo(8.5f))
                        .body("roles[0].inPost", equalTo(1.0f))
                        .body("roles[0].gap", equalTo(7.5f))
                        .body("roles[1].required", equalTo(0.2f))
                        .body("roles[1].inPost", equalTo(0))
                        .body("roles[2].required", equalTo(1.0f))
                        .body("roles[2].inPost", equalTo(1.0f))
                        .body("roles[2].gap", equalTo(0.0f))
                        .body("totalRequired", equalTo(9.7f))
                        .body("totalInPost", equalTo(2.0f))
                        .body("totalGap", equalTo(7.7f)));
        asCouncil("commissioner", council)
                .queryParam("on", "2025-06-15")
                .when()
                .get(CONTRACTS + "/" + id + "/staffing")
                .then()
                .statusCode(200)
                .body("roles[0].inPost", equalTo(1.5f))
                .body("roles[0].gap", equalTo(7.0f));
        asCouncil("analyst", council)
                .queryParam("on", "2025-01-01")
                .when()
                .get(CONTRACTS + "/" + id + "/staffing")
                .then()
                .statusCode(200)
                .body("totalInPost", equalTo(0));
    }

    @Test
    void a_contract_with_no_staffing_specified_shows_none_and_the_first_specification_needs_no_if_match() {
        String council = councils.known();
        String id = plan(council, null);
        asCouncil("partnership-admin", council)
                .when()
                .get(CONTRACTS + "/" + id + "/staffing")
                .then()
                .statusCode(200)
                .body("specified", equalTo(false))
                .body("roles.size()", equalTo(0));
        asCouncil("commissioner", council)
                .body(STAFFING)
                .when()
                .put(CONTRACTS + "/" + id + "/staffing")
                .then()
                .statusCode(200);
        asCouncil("commissioner", council)
                .body(STAFFING)
                .when()
                .put(CONTRACTS + "/" + id + "/staffing")
                .then()
                .statusCode(428);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(STAFFING.replace("8.5", "9.5"))
                .when()
                .put(CONTRACTS + "/" + id + "/staffing")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("roles[0].required", equalTo(9.5f));
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(STAFFING)
                .when()
                .put(CONTRACTS + "/" + id + "/staffing")
                .then()
                .statusCode(412);
    }

    @Test
    void only_the_councils_commissioner_specifies_and_others_read_only_their_own() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String id = live(council, provider);
        String path = CONTRACTS + "/" + id + "/staffing";
        asCouncil("analyst", council).body(STAFFING).when().put(path).then().statusCode(403);
        asAgency("provider-manager", provider)
                .body(STAFFING)
                .when()
                .put(path)
                .then()
                .statusCode(403);
        asCouncil("commissioner", councils.known())
                .body(STAFFING)
                .when()
                .put(path)
                .then()
                .statusCode(404);
        asCouncil("commissioner", councils.known()).when().get(path).then().statusCode(404);
        asAgency("provider-manager", UUID.randomUUID()).when().get(path).then().statusCode(404);
        asCouncil("social-worker", council).when().get(path).then().statusCode(403);
        asAgency("provider-manager", provider).when().get(path).then().statusCode(200);
    }

    @Test
    void invalid_staffing_is_refused_naming_each_field_or_rule() {
        String council = councils.known();
        String id = plan(council, null);
        String path = CONTRACTS + "/" + id + "/staffing";
        asCouncil("commissioner", council)
                .body("""
                {"requirements": [{"role": "TEAM_MANAGER", "fte": 0}, {"fte": 1.234}]}""")
                .when()
                .put(path)
                .then()
                .statusCode(400)
                .body("errors.size()", equalTo(3));
        asCouncil("commissioner", council)
                .body("""
                {"requirements": [{"role": "TEAM_MANAGER", "fte": 1}, {"role": "TEAM_MANAGER", "fte": 0.5}]}""")
                .when()
                .put(path)
                .then()
                .statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("staffing-role-repeated"));
        asCouncil("commissioner", council).body("""
                {"requirements": [{"role": "JUGGLER", "fte": 1}]}""").when().put(path).then().statusCode(400);
    }

    private static UUID practitioner(UUID agency, String role, String fte, String endDate) {
        UUID id = UUID.randomUUID();
        partners(
                PractitionerState.TYPE,
                "practitioner-registered",
                id,
                practitionerFields(id, agency, role, fte, endDate));
        return id;
    }

    private static Map<String, Object> practitionerFields(
            UUID id, UUID agency, String role, String fte, String endDate) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("practitionerId", id);
        fields.put("agencyId", agency);
        fields.put("role", role);
        fields.put("fte", new java.math.BigDecimal(fte));
        fields.put("startDate", "2025-01-06");
        fields.put("endDate", endDate);
        return fields;
    }

    private static void join(UUID practitioner, UUID team, String council, UUID agency, String eventId) {
        TestKafka.sendCloudEvent(
                "partners.events",
                team.toString(),
                eventId,
                PractitionerJoinedTeam.TYPE,
                PublisherExamples.partners(
                        "practitioner-joined-team",
                        Map.of(
                                "practitionerId",
                                practitioner,
                                "teamId",
                                team,
                                "councilCode",
                                council,
                                "agencyId",
                                agency,
                                "from",
                                "2025-02-01")));
    }

    private static void partners(String type, String example, UUID key, Map<String, Object> changes) {
        TestKafka.sendCloudEvent(
                "partners.events",
                key.toString(),
                UUID.randomUUID().toString(),
                type,
                PublisherExamples.partners(example, changes));
    }
}
