package org.familysafeguarding.contracts.readmodel;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.contracts.messaging.inbound.AgencyUpdated;
import org.familysafeguarding.platform.inbox.UnreadableEvent;

/** Keeps this service's copy of the partner agencies in step with partners-service. */
@ApplicationScoped
public class AgencyDirectory {

    private final PartnerAgencyRepository agencies;
    private final Clock clock;

    public AgencyDirectory(PartnerAgencyRepository agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AgencyRegistered event) {
        if (event.agencyId() == null || event.name() == null || event.kind() == null || event.registeredAt() == null) {
            throw new UnreadableEvent("agency-registered event lacks agencyId, name, kind or registeredAt");
        }
        Instant now = Instant.now(clock);
        agencies.findByIdOptional(event.agencyId())
                .ifPresentOrElse(
                        known -> known.follow(event.name(), event.kind(), now),
                        () -> agencies.persist(PartnerAgency.registered(
                                event.agencyId(), event.name(), event.kind(), event.registeredAt(), now)));
    }

    /** A renamed agency is published under its new name (the register, the OCDS packages) from now on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AgencyUpdated event) {
        if (event.agencyId() == null || event.name() == null || event.kind() == null || event.updatedAt() == null) {
            throw new UnreadableEvent("agency-updated event lacks agencyId, name, kind or updatedAt");
        }
        Instant now = Instant.now(clock);
        agencies.findByIdOptional(event.agencyId())
                .ifPresentOrElse(
                        known -> known.follow(event.name(), event.kind(), now),
                        // registered before this service listened: the update is the first state it learns
                        () -> agencies.persist(PartnerAgency.registered(
                                event.agencyId(), event.name(), event.kind(), event.updatedAt(), now)));
    }
}
