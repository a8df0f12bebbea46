package org.familysafeguarding.partners.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.partners.domain.agency.Agency;
import org.familysafeguarding.partners.domain.agency.AgencyAlreadyRegistered;
import org.familysafeguarding.partners.domain.agency.AgencyIdentifiers;
import org.familysafeguarding.partners.domain.agency.AgencyKind;
import org.familysafeguarding.partners.domain.agency.AgencyNotFound;
import org.familysafeguarding.partners.domain.agency.AgencyRepository;
import org.familysafeguarding.partners.domain.agency.ServiceType;
import org.familysafeguarding.partners.domain.council.CouncilNotFound;
import org.familysafeguarding.partners.domain.council.CouncilRepository;
import org.familysafeguarding.partners.messaging.event.AgencyRegistered;
import org.familysafeguarding.partners.messaging.event.AgencyUpdated;
import org.familysafeguarding.platform.rest.Versions;

/** Registers partner agencies: the agency and its {@link AgencyRegistered} event commit together. */
@ApplicationScoped
public class AgencyRegistration {

    private final AgencyRepository agencies;
    private final CouncilRepository councils;
    private final PartnersEvents events;
    private final Clock clock;

    public AgencyRegistration(
            AgencyRepository agencies, CouncilRepository councils, PartnersEvents events, Clock clock) {
        this.agencies = agencies;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    public record NewAgency(
            UUID id,
            String name,
            AgencyKind kind,
            String council,
            AgencyIdentifiers identifiers,
            Set<ServiceType> serviceTypes) {}

    @Transactional
    public Agency register(NewAgency request, String registeredBy) {
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        if (agencies.findByIdOptional(id).isPresent()) {
            throw new AgencyAlreadyRegistered("An agency with id " + id + " is already registered.");
        }
        requireUniqueIdentifiers(request.identifiers(), id);
        if (request.kind() == AgencyKind.IN_HOUSE && request.council() != null) {
            councils.findByIdOptional(request.council()).orElseThrow(() -> new CouncilNotFound(request.council()));
        }
        Agency agency = Agency.register(
                id,
                request.name(),
                request.kind(),
                request.council(),
                request.identifiers(),
                request.serviceTypes(),
                registeredBy,
                Instant.now(clock));
        agencies.persist(agency);
        AgencyIdentifiers ids = agency.identifiers();
        events.publish(new AgencyRegistered(
                agency.id(),
                agency.name(),
                agency.kind().name(),
                agency.councilCode().orElse(null),
                ids.charityNumber(),
                ids.companiesHouseNumber(),
                ids.odsCode(),
                names(agency.serviceTypes()),
                agency.registeredAt()));
        return agency;
    }

    @Transactional
    public Agency change(UUID id, String ifMatch, NewAgency details) {
        Agency agency = agencies.findByIdOptional(id).orElseThrow(() -> new AgencyNotFound(id));
        Versions.requireMatch(ifMatch, agency.version());
        requireUniqueIdentifiers(details.identifiers(), id);
        agency.change(
                details.name(),
                details.kind(),
                details.council(),
                details.identifiers(),
                details.serviceTypes(),
                Instant.now(clock));
        agencies.flush();
        AgencyIdentifiers ids = agency.identifiers();
        events.publish(new AgencyUpdated(
                agency.id(),
                agency.name(),
                agency.kind().name(),
                agency.councilCode().orElse(null),
                ids.charityNumber(),
                ids.companiesHouseNumber(),
                ids.odsCode(),
                names(agency.serviceTypes()),
                agency.updatedAt()));
        return agency;
    }

    private void requireUniqueIdentifiers(AgencyIdentifiers identifiers, UUID exceptId) {
        agencies.findSharingAnIdentifier(identifiers, exceptId).ifPresent(existing -> {
            throw new AgencyAlreadyRegistered(
                    "Agency " + existing.id() + " already holds one of these register numbers.");
        });
    }

    private static List<String> names(Set<ServiceType> serviceTypes) {
        return serviceTypes.stream().map(Enum::name).sorted().toList();
    }
}
