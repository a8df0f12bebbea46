package org.familysafeguarding.caseload.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.familysafeguarding.caseload.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.caseload.messaging.inbound.AgencyUpdated;
import org.familysafeguarding.caseload.messaging.inbound.AgreementEnded;
import org.familysafeguarding.caseload.messaging.inbound.AgreementSigned;
import org.familysafeguarding.caseload.messaging.inbound.CouncilState;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerJoinedTeam;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerLeftTeam;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerState;
import org.familysafeguarding.caseload.messaging.inbound.TeamFormed;
import org.familysafeguarding.caseload.readmodel.Council;
import org.familysafeguarding.caseload.readmodel.CouncilRepository;
import org.familysafeguarding.caseload.readmodel.InformationSharingAgreementRepository;
import org.familysafeguarding.caseload.readmodel.PartnerAgencyRepository;
import org.familysafeguarding.caseload.readmodel.PartnershipDirectory;
import org.familysafeguarding.caseload.readmodel.PractitionerRepository;
import org.familysafeguarding.caseload.readmodel.TeamMembershipRepository;
import org.familysafeguarding.caseload.readmodel.TeamRepository;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** CouncilRepository, workforce, teams and agreements from partners-service's events, read from its committed examples. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class PartnershipEventsConsumerTest {

    @Inject
    ObjectMapper json;

    @Inject
    CouncilRepository councils;

    @Inject
    PractitionerRepository practitioners;

    @Inject
    TeamRepository teams;

    @Inject
    TeamMembershipRepository memberships;

    @Inject
    InformationSharingAgreementRepository agreements;

    @Inject
    PartnerAgencyRepository agencies;

    @Inject
    PartnershipDirectory directory;

    @Test
    void reads_the_publishers_examples() throws Exception {
        CouncilState registered = json.readValue(example("council-registered"), CouncilState.class);
        assertThat(registered.councilCode()).isNotBlank();
        assertThat(registered.asOf()).isNotNull();
        assertThat(registered.childPopulation())
                .allSatisfy(p -> assertThat(p.year()).isNotNull());
        CouncilState updated = json.readValue(example("council-updated"), CouncilState.class);
        assertThat(updated.updatedAt()).isNotNull();
        assertThat(updated.localAuthorityNumber()).isNotBlank();
        assertThat(updated.modelAdoptedOn()).isNotNull();
        assertThat(updated.inHoursPhone()).isNotBlank();
        assertThat(updated.outOfHoursPhone()).isNotBlank();
        for (String type : new String[] {"practitioner-registered", "practitioner-updated"}) {
            PractitionerState practitioner = json.readValue(example(type), PractitionerState.class);
            assertThat(practitioner.practitionerId()).isNotNull();
            assertThat(practitioner.agencyId()).isNotNull();
            assertThat(practitioner.role()).isNotBlank();
            assertThat(practitioner.fte()).isNotNull();
            assertThat(practitioner.startDate()).isNotNull();
            assertThat(practitioner.login()).isNotBlank();
        }
        TeamFormed team = json.readValue(example("team-formed"), TeamFormed.class);
        assertThat(team.caseloadLimits()).isNotEmpty();
        assertThat(team.councilCode()).isNotBlank();
        assertThat(json.readValue(example("practitioner-joined-team"), PractitionerJoinedTeam.class)
                        .from())
                .isNotNull();
        assertThat(json.readValue(example("practitioner-left-team"), PractitionerLeftTeam.class)
                        .to())
                .isNotNull();
        AgreementSigned signed = json.readValue(example("agreement-signed"), AgreementSigned.class);
        assertThat(signed.agencyIds()).isNotEmpty();
        assertThat(signed.startDate()).isNotNull();
        assertThat(json.readValue(example("agreement-ended"), AgreementEnded.class)
                        .endedOn())
                .isNotNull();
        AgencyUpdated agency = json.readValue(example("agency-updated"), AgencyUpdated.class);
        assertThat(agency.kind()).isNotBlank();
        assertThat(agency.updatedAt()).isNotNull();
    }

    @Test
    void a_council_follows_its_newest_state_and_an_older_one_arriving_late_changes_nothing() throws Exception {
        String code = "E0" + String.format("%07d", (int) (Math.random() * 10_000_000));
        ObjectNode newer = (ObjectNode) json.readTree(example("council-updated"));
        newer.put("councilCode", code);
        ObjectNode older = (ObjectNode) json.readTree(example("council-registered"));
        older.put("councilCode", code);
        older.put("name", "An older name");
        send(code, CouncilState.UPDATED, newer);
        await().atMost(Duration.ofSeconds(20)).until(() -> council(code) != null);
        send(code, CouncilState.REGISTERED, older);
        // a type this service passes over, after the older state on the same key: once it is done, so is that
        String marker = send(code, "org.familysafeguarding.partners.agency-accredited.v1", older);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(marker));

        Council council = council(code);
        assertThat(council.name()).isEqualTo(newer.get("name").asText());
        assertThat(council.localAuthorityNumber())
                .isEqualTo(newer.get("localAuthorityNumber").asText());
        assertThat(council.childPopulation())
                .extracting(Council.ChildPopulation::year)
                .containsExactlyInAnyOrder(2024, 2025);
        assertThat(council.inHoursPhone()).isEqualTo(newer.get("inHoursPhone").asText());
        assertThat(council.outOfHoursPhone())
                .isEqualTo(newer.get("outOfHoursPhone").asText());
    }

    @Test
    void a_practitioner_joins_a_team_and_leaves_it_and_an_agreement_is_signed_and_ended() throws Exception {
        UUID practitioner = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        UUID agreement = UUID.randomUUID();
        ObjectNode registered = (ObjectNode) json.readTree(example("practitioner-registered"));
        registered.put("practitionerId", practitioner.toString());
        registered.put("login", "login-" + practitioner);
        ObjectNode formed = (ObjectNode) json.readTree(example("team-formed"));
        formed.put("teamId", team.toString());
        ObjectNode joined = (ObjectNode) json.readTree(example("practitioner-joined-team"));
        joined.put("practitionerId", practitioner.toString());
        joined.put("teamId", team.toString());
        ObjectNode left = (ObjectNode) json.readTree(example("practitioner-left-team"));
        left.put("practitionerId", practitioner.toString());
        left.put("teamId", team.toString());
        ObjectNode signed = (ObjectNode) json.readTree(example("agreement-signed"));
        signed.put("agreementId", agreement.toString());
        ObjectNode ended = (ObjectNode) json.readTree(example("agreement-ended"));
        ended.put("agreementId", agreement.toString());

        send(practitioner.toString(), PractitionerState.REGISTERED, registered);
        send(team.toString(), TeamFormed.TYPE, formed);
        send(team.toString(), PractitionerJoinedTeam.TYPE, joined);
        send(agreement.toString(), AgreementSigned.TYPE, signed);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inTx(() -> memberships.of(team, practitioner).isPresent()
                        && practitioners.findById(practitioner) != null
                        && agreements.findById(agreement) != null));

        String council = formed.get("councilCode").asText();
        UUID agency = UUID.fromString(signed.get("agencyIds").get(0).asText());
        LocalDate joinedOn = LocalDate.parse(joined.get("from").asText());
        LocalDate leftOn = LocalDate.parse(left.get("to").asText());
        assertThat(inTx(() -> practitioners
                        .byLogin("login-" + practitioner)
                        .orElseThrow()
                        .role()))
                .isEqualTo(registered.get("role").asText());
        assertThat(inTx(() -> teams.findById(team).caseloadLimit("ADULT_PRACTITIONER_SUBSTANCE_USE")))
                .contains(14);
        assertThat(inTx(() -> memberships.inCouncilOn(practitioner, council, leftOn.plusDays(1))))
                .hasSize(1);
        assertThat(inTx(() -> agreements.cover(
                        agency, council, LocalDate.parse(signed.get("startDate").asText()))))
                .isTrue();

        send(team.toString(), PractitionerLeftTeam.TYPE, left);
        send(agreement.toString(), AgreementEnded.TYPE, ended);
        LocalDate endedOn = LocalDate.parse(ended.get("endedOn").asText());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inTx(() -> agreements.findById(agreement).endedOn() != null
                        && memberships.of(team, practitioner).orElseThrow().leftOn() != null));
        assertThat(inTx(() -> memberships.inCouncilOn(practitioner, council, leftOn)))
                .hasSize(1);
        assertThat(inTx(() -> memberships.inCouncilOn(practitioner, council, leftOn.plusDays(1))))
                .isEmpty();
        assertThat(inTx(() -> memberships.inCouncilOn(practitioner, council, joinedOn.minusDays(1))))
                .isEmpty();
        assertThat(inTx(() -> agreements.cover(agency, council, endedOn))).isTrue();
        assertThat(inTx(() -> agreements.cover(agency, council, endedOn.plusDays(1))))
                .isFalse();
    }

    @Test
    void a_practitioner_state_published_before_the_one_held_changes_nothing() {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew()
                .run(() -> directory.record(
                        new PractitionerState(
                                id,
                                UUID.randomUUID(),
                                "ADULT_PRACTITIONER_SUBSTANCE_USE",
                                null,
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2026, 6, 30),
                                "late-" + id),
                        now));
        QuarkusTransaction.requiringNew()
                .run(() -> directory.record(
                        new PractitionerState(
                                id,
                                UUID.randomUUID(),
                                "ADULT_PRACTITIONER_SUBSTANCE_USE",
                                null,
                                LocalDate.of(2025, 1, 1),
                                null,
                                "late-" + id),
                        now.minusSeconds(60)));
        assertThat(inTx(() -> practitioners.findById(id).endDate())).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void an_agency_update_follows_and_an_in_house_agency_is_known_as_such() throws Exception {
        UUID agency = UUID.randomUUID();
        ObjectNode updated = (ObjectNode) json.readTree(example("agency-updated"));
        updated.put("agencyId", agency.toString());
        updated.put("kind", "IN_HOUSE");
        updated.put("councilCode", "E10000032");
        send(agency.toString(), AgencyUpdated.TYPE, updated);
        await().atMost(Duration.ofSeconds(20)).until(() -> inTx(() -> agencies.findById(agency) != null));
        assertThat(inTx(() -> agencies.findById(agency).inHouseOf("E10000032"))).isTrue();
        assertThat(inTx(() -> agencies.findById(agency).inHouseOf("E10000025"))).isFalse();
    }

    @Test
    void an_update_cannot_turn_a_partner_agency_into_a_councils_own_team() throws Exception {
        UUID agency = UUID.randomUUID();
        ObjectNode registered = (ObjectNode) json.readTree(example("agency-registered"));
        registered.put("agencyId", agency.toString());
        send(agency.toString(), AgencyRegistered.TYPE, registered);
        await().atMost(Duration.ofSeconds(20)).until(() -> inTx(() -> agencies.findById(agency) != null));
        ObjectNode updated = (ObjectNode) json.readTree(example("agency-updated"));
        updated.put("agencyId", agency.toString());
        updated.put("kind", "IN_HOUSE");
        updated.put("councilCode", "E10000032");
        updated.put("name", "Renamed");
        updated.put("updatedAt", "2030-01-01T00:00:00Z");
        send(agency.toString(), AgencyUpdated.TYPE, updated);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        "Renamed".equals(inTx(() -> agencies.findById(agency).name())));
        assertThat(inTx(() -> agencies.findById(agency).inHouseOf("E10000032"))).isFalse();
    }

    /** partners-service's committed example: an incompatible change there fails these tests. */
    private static String example(String type) {
        return EventCatalogue.example("partners", type + ".v1");
    }

    private String send(String key, String type, ObjectNode payload) throws Exception {
        String id = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent("partners.events", key, id, type, json.writeValueAsString(payload));
        return id;
    }

    private Council council(String code) {
        return inTx(() -> councils.findById(code));
    }

    private boolean processed(String eventId) {
        return inTx(() -> ((Number) councils.getEntityManager()
                                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                                .setParameter("id", eventId)
                                .getSingleResult())
                        .longValue()
                > 0);
    }

    private static <T> T inTx(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
