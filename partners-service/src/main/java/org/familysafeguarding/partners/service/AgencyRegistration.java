package org.familysafeguarding.partners.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.partners.domain.Agency;
import org.familysafeguarding.partners.domain.AgencyAlreadyRegistered;
import org.familysafeguarding.partners.domain.AgencyIdentifiers;
import org.familysafeguarding.partners.domain.AgencyKind;
import org.familysafeguarding.partners.domain.AgencyRepository;
import org.familysafeguarding.partners.messaging.PartnersEventPublisher;
import org.familysafeguarding.partners.messaging.event.AgencyRegistered;

/** Registers partner agencies: the agency and its {@link AgencyRegistered} event commit together. */
@ApplicationScoped
public class AgencyRegistration {

    private final AgencyRepository agencies;
    private final PartnersEventPublisher events;
    private final Clock clock;

    public AgencyRegistration(AgencyRepository agencies, PartnersEventPublisher events, Clock clock) {
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    public record NewAgency(UUID id, String name, AgencyKind kind, AgencyIdentifiers identifiers) {
    }

    @Transactional
    public Agency register(NewAgency request, String registeredBy) {
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        if (agencies.findByIdOptional(id).isPresent()) {
            throw new AgencyAlreadyRegistered("An agency with id " + id + " is already registered.");
        }
        agencies.findSharingAnIdentifier(request.identifiers()).ifPresent(existing -> {
            throw new AgencyAlreadyRegistered("Agency " + existing.id() + " already holds one of these register numbers.");
        });
        Agency agency = Agency.register(id, request.name(), request.kind(), request.identifiers(),
                registeredBy, Instant.now(clock));
        agencies.persist(agency);
        AgencyIdentifiers ids = agency.identifiers();
        events.publish(new AgencyRegistered(agency.id(), agency.name(), agency.kind().name(),
                ids.charityNumber(), ids.companiesHouseNumber(), ids.odsCode(), agency.registeredAt()));
        return agency;
    }
}
