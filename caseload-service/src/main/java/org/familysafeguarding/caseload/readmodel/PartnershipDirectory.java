package org.familysafeguarding.caseload.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.messaging.inbound.AgreementEnded;
import org.familysafeguarding.caseload.messaging.inbound.AgreementSigned;
import org.familysafeguarding.caseload.messaging.inbound.CouncilState;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerJoinedTeam;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerLeftTeam;
import org.familysafeguarding.caseload.messaging.inbound.PractitionerState;
import org.familysafeguarding.caseload.messaging.inbound.TeamFormed;
import org.familysafeguarding.platform.inbox.UnreadableEvent;

/**
 * Keeps this service's copies of partners-service's councils, practitioners, teams, memberships and
 * information-sharing agreements. Each runs in the consumer's transaction, beside the record that
 * the event was applied.
 */
@ApplicationScoped
public class PartnershipDirectory {

    private final CouncilRepository councils;
    private final PractitionerRepository practitioners;
    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;
    private final InformationSharingAgreementRepository agreements;
    private final Clock clock;

    public PartnershipDirectory(
            CouncilRepository councils,
            PractitionerRepository practitioners,
            TeamRepository teams,
            TeamMembershipRepository memberships,
            InformationSharingAgreementRepository agreements,
            Clock clock) {
        this.councils = councils;
        this.practitioners = practitioners;
        this.teams = teams;
        this.memberships = memberships;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CouncilState event) {
        if (event.councilCode() == null || event.name() == null || event.asOf() == null) {
            throw new UnreadableEvent("council event lacks councilCode, name or its time");
        }
        List<CouncilState.Population> reported = event.childPopulation() == null ? List.of() : event.childPopulation();
        if (reported.stream().anyMatch(p -> p == null || p.year() == null || p.children() == null)) {
            throw new UnreadableEvent("council event has a child population without its year or count");
        }
        var state = new Council.State(
                event.name(),
                event.localAuthorityNumber(),
                event.modelAdoptedOn(),
                reported.stream()
                        .map(p -> new Council.ChildPopulation(p.year(), p.children()))
                        .toList(),
                phone(event.inHoursPhone()),
                phone(event.outOfHoursPhone()),
                event.asOf());
        Instant now = Instant.now(clock);
        councils.findByIdOptional(event.councilCode())
                .ifPresentOrElse(
                        known -> known.follow(state, now),
                        () -> councils.persist(Council.known(event.councilCode(), state, now)));
    }

    /** A telephone number as NHS staff will dial it; anything else in its place is not passed on to them. */
    private static String phone(String reported) {
        if (reported == null) {
            return null;
        }
        String phone = reported.strip();
        if (!phone.matches("\\+?[0-9 ]{6,19}")) {
            throw new UnreadableEvent("council event has a telephone number that is not one: digits and spaces only");
        }
        return phone;
    }

    /** @param publishedAt the event's CloudEvent time, if it had one: a state published earlier than the one held is passed over */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PractitionerState event, Instant publishedAt) {
        if (event.practitionerId() == null
                || event.agencyId() == null
                || event.role() == null
                || event.startDate() == null) {
            throw new UnreadableEvent("practitioner event lacks practitionerId, agencyId, role or startDate");
        }
        var state = new Practitioner.State(
                event.agencyId(),
                event.role(),
                event.fte(),
                event.startDate(),
                event.endDate(),
                event.login() == null || event.login().isBlank() ? null : event.login());
        Instant now = Instant.now(clock);
        practitioners
                .findByIdOptional(event.practitionerId())
                .ifPresentOrElse(
                        known -> known.follow(state, publishedAt, now),
                        () -> practitioners.persist(
                                Practitioner.known(event.practitionerId(), state, publishedAt, now)));
    }

    /** A team is formed once; a repeated formation changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TeamFormed event) {
        if (event.teamId() == null || event.councilCode() == null || event.formedOn() == null) {
            throw new UnreadableEvent("team-formed event lacks teamId, councilCode or formedOn");
        }
        if (teams.findByIdOptional(event.teamId()).isEmpty()) {
            Map<String, Integer> limits = event.caseloadLimits() == null ? Map.of() : event.caseloadLimits();
            teams.persist(Team.formed(
                    event.teamId(),
                    event.councilCode(),
                    event.managerPractitionerId(),
                    limits,
                    event.formedOn(),
                    Instant.now(clock)));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PractitionerJoinedTeam event) {
        if (event.practitionerId() == null
                || event.teamId() == null
                || event.councilCode() == null
                || event.from() == null) {
            throw new UnreadableEvent(
                    "practitioner-joined-team event lacks practitionerId, teamId, councilCode or from");
        }
        membership(event.teamId(), event.practitionerId(), event.councilCode())
                .joined(event.from(), Instant.now(clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PractitionerLeftTeam event) {
        if (event.practitionerId() == null
                || event.teamId() == null
                || event.councilCode() == null
                || event.to() == null) {
            throw new UnreadableEvent("practitioner-left-team event lacks practitionerId, teamId, councilCode or to");
        }
        membership(event.teamId(), event.practitionerId(), event.councilCode()).left(event.to(), Instant.now(clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AgreementSigned event) {
        if (event.agreementId() == null
                || event.councilCode() == null
                || event.agencyIds() == null
                || event.startDate() == null) {
            throw new UnreadableEvent("agreement-signed event lacks agreementId, councilCode, agencyIds or startDate");
        }
        agreement(event.agreementId(), event.councilCode())
                .signed(new HashSet<>(event.agencyIds()), event.startDate(), event.endDate(), Instant.now(clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AgreementEnded event) {
        if (event.agreementId() == null || event.councilCode() == null || event.endedOn() == null) {
            throw new UnreadableEvent("agreement-ended event lacks agreementId, councilCode or endedOn");
        }
        agreement(event.agreementId(), event.councilCode()).ended(event.endedOn(), Instant.now(clock));
    }

    private TeamMembership membership(UUID teamId, UUID practitionerId, String council) {
        return memberships.of(teamId, practitionerId).orElseGet(() -> {
            var membership = TeamMembership.of(teamId, practitionerId, council, Instant.now(clock));
            memberships.persist(membership);
            return membership;
        });
    }

    private InformationSharingAgreement agreement(UUID id, String council) {
        return agreements.findByIdOptional(id).orElseGet(() -> {
            var agreement = InformationSharingAgreement.of(id, council, Instant.now(clock));
            agreements.persist(agreement);
            return agreement;
        });
    }
}
