package org.familysafeguarding.caseload.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.caseload.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.caseload.messaging.inbound.AgreementEnded;
import org.familysafeguarding.caseload.messaging.inbound.AgreementSigned;
import org.familysafeguarding.caseload.messaging.inbound.ContractWentLive;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerJoinedTeam;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerLeftTeam;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerState;
import org.familysafeguarding.caseload.messaging.inbound.TeamFormed;
import org.familysafeguarding.caseload.readmodel.AgencyDirectory;
import org.familysafeguarding.caseload.readmodel.CommissionDirectory;
import org.familysafeguarding.caseload.readmodel.InformationSharingAgreementRepository;
import org.familysafeguarding.caseload.readmodel.PartnershipDirectory;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Invented agencies, teams and practitioners for the tests, recorded through the same read-model
 * code the consumers use (the consumers themselves are tested with real events on Kafka).
 */
@ApplicationScoped
public class Partnership {

    public static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    public static final Map<String, Integer> LIMITS = Map.of(
            "SOCIAL_WORKER",
            18,
            "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM",
            12,
            "ADULT_PRACTITIONER_DOMESTIC_ABUSE_PERPETRATOR",
            12,
            "ADULT_PRACTITIONER_SUBSTANCE_USE",
            14,
            "MENTAL_HEALTH_PRACTITIONER",
            12);

    private final AgencyDirectory agencies;
    private final PartnershipDirectory partnership;
    private final CommissionDirectory commissions;
    private final InformationSharingAgreementRepository agreements;

    public Partnership(
            AgencyDirectory agencies,
            PartnershipDirectory partnership,
            CommissionDirectory commissions,
            InformationSharingAgreementRepository agreements) {
        this.agreements = agreements;
        this.agencies = agencies;
        this.partnership = partnership;
        this.commissions = commissions;
    }

    /** A partner agency of this kind (not in-house: see {@link #inHouseAgency}). */
    public UUID agency(String kind) {
        return agency(kind, null);
    }

    /** A council's own in-house team, as partners-service registers it. */
    public UUID inHouseAgency(String council) {
        return agency("IN_HOUSE", council);
    }

    private UUID agency(String kind, String council) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> agencies.record(new AgencyRegistered(
                        id,
                        "Agency " + id.toString().substring(0, 8),
                        kind,
                        council,
                        Instant.parse("2025-01-01T00:00:00Z"))));
        return id;
    }

    public UUID team(String council, Map<String, Integer> limits) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> partnership.record(new TeamFormed(id, council, null, limits, LONG_AGO)));
        return id;
    }

    /** A practitioner in post since long ago, full time, in the team. */
    public UUID practitioner(UUID agency, String role, String login, UUID team, String council) {
        return practitioner(agency, role, BigDecimal.ONE, LONG_AGO, null, login, team, council);
    }

    public UUID practitioner(
            UUID agency,
            String role,
            BigDecimal fte,
            LocalDate start,
            LocalDate end,
            String login,
            UUID team,
            String council) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            partnership.record(new PractitionerState(id, agency, role, fte, start, end, login), Instant.now());
            if (team != null) {
                partnership.record(new PractitionerJoinedTeam(id, team, council, start));
            }
        });
        return id;
    }

    public void leaves(UUID practitioner, UUID team, String council, LocalDate on) {
        QuarkusTransaction.requiringNew()
                .run(() -> partnership.record(new PractitionerLeftTeam(practitioner, team, council, on)));
    }

    public void commission(UUID agency, String council, String... services) {
        QuarkusTransaction.requiringNew()
                .run(() -> commissions.record(new ContractWentLive(
                        UUID.randomUUID(), council, agency, List.of(services), LONG_AGO, LocalDate.of(2030, 3, 31))));
    }

    public void sharingAgreement(UUID agency, String council) {
        QuarkusTransaction.requiringNew()
                .run(() -> partnership.record(new AgreementSigned(
                        UUID.randomUUID(), council, List.of(agency), LONG_AGO, LocalDate.of(2030, 12, 31))));
    }

    /** Ends, as partners-service would announce it, every information-sharing agreement naming the agency in the council. */
    public void endSharingAgreements(UUID agency, String council, LocalDate on) {
        QuarkusTransaction.requiringNew()
                .run(() -> agreements.list("councilCode", council).stream()
                        .filter(a -> a.agencyIds().contains(agency))
                        .forEach(a -> partnership.record(new AgreementEnded(a.id(), council, on))));
    }

    /** A partner agency commissioned for the service in the council, under a live information-sharing agreement. */
    public UUID commissionedAgency(String council, String service) {
        UUID agency = agency("CHARITY");
        commission(agency, council, service);
        sharingAgreement(agency, council);
        return agency;
    }
}
