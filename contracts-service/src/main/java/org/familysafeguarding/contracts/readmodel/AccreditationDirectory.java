package org.familysafeguarding.contracts.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.messaging.inbound.AccreditationLapsed;
import org.familysafeguarding.contracts.messaging.inbound.AgencyAccredited;
import org.familysafeguarding.platform.inbox.UnreadableEvent;

/** Keeps which council has accredited which agency, from partners-service's events. */
@ApplicationScoped
public class AccreditationDirectory {

    private final AgencyAccreditationRepository accreditations;
    private final Clock clock;

    public AccreditationDirectory(AgencyAccreditationRepository accreditations, Clock clock) {
        this.accreditations = accreditations;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AgencyAccredited event) {
        if (event.agencyId() == null || event.councilCode() == null || event.accreditedOn() == null) {
            throw new UnreadableEvent("agency-accredited event lacks agencyId, councilCode or accreditedOn");
        }
        Instant now = Instant.now(clock);
        of(event.agencyId(), event.councilCode(), now).accredited(event.accreditedOn(), event.validUntil(), now);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AccreditationLapsed event) {
        if (event.agencyId() == null || event.councilCode() == null || event.lapsedOn() == null) {
            throw new UnreadableEvent("accreditation-lapsed event lacks agencyId, councilCode or lapsedOn");
        }
        Instant now = Instant.now(clock);
        of(event.agencyId(), event.councilCode(), now).lapsed(event.lapsedOn(), event.reason(), now);
    }

    private AgencyAccreditation of(UUID agencyId, String councilCode, Instant now) {
        return accreditations
                .findByIdOptional(new AgencyAccreditation.Key(agencyId, councilCode))
                .orElseGet(() -> {
                    AgencyAccreditation created = AgencyAccreditation.of(agencyId, councilCode, now);
                    accreditations.persist(created);
                    return created;
                });
    }
}
