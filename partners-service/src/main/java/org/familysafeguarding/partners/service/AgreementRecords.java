package org.familysafeguarding.partners.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.partners.domain.agency.AgencyNotFound;
import org.familysafeguarding.partners.domain.agency.AgencyRepository;
import org.familysafeguarding.partners.domain.council.CouncilNotFound;
import org.familysafeguarding.partners.domain.council.CouncilRepository;
import org.familysafeguarding.partners.domain.sharing.AgreementRepository;
import org.familysafeguarding.partners.domain.sharing.InformationSharingAgreement;
import org.familysafeguarding.partners.messaging.event.AgreementEnded;
import org.familysafeguarding.partners.messaging.event.AgreementSigned;

/** Signs and ends information-sharing agreements; the other services follow them by event. */
@ApplicationScoped
public class AgreementRecords {

    private final AgreementRepository agreements;
    private final AgencyRepository agencies;
    private final CouncilRepository councils;
    private final PartnersEvents events;
    private final Clock clock;

    public AgreementRecords(
            AgreementRepository agreements,
            AgencyRepository agencies,
            CouncilRepository councils,
            PartnersEvents events,
            Clock clock) {
        this.agreements = agreements;
        this.agencies = agencies;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public InformationSharingAgreement sign(String councilCode, InformationSharingAgreement.Terms terms, String by) {
        councils.findByIdOptional(councilCode).orElseThrow(() -> new CouncilNotFound(councilCode));
        for (UUID agencyId : terms.agencyIds()) {
            agencies.findByIdOptional(agencyId).orElseThrow(() -> new AgencyNotFound(agencyId));
        }
        var agreement = InformationSharingAgreement.sign(councilCode, terms, by, Instant.now(clock));
        agreements.persist(agreement);
        events.publish(new AgreementSigned(
                agreement.id(),
                councilCode,
                agreement.agencyIds().stream().sorted().toList(),
                agreement.startDate(),
                agreement.endDate(),
                agreement.reviewDate()));
        return agreement;
    }

    @Transactional
    public InformationSharingAgreement end(InformationSharingAgreement found, LocalDate on, String reason) {
        // loaded in this transaction: a record read before it began would not be written back
        InformationSharingAgreement agreement = agreements.findById(found.id());
        agreement.end(on, reason);
        events.publish(new AgreementEnded(agreement.id(), agreement.councilCode(), on, reason));
        return agreement;
    }
}
