package org.familysafeguarding.partners.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.partners.domain.council.Council;
import org.familysafeguarding.partners.domain.council.CouncilAlreadyRegistered;
import org.familysafeguarding.partners.domain.council.CouncilNotFound;
import org.familysafeguarding.partners.domain.council.CouncilRepository;
import org.familysafeguarding.partners.messaging.event.PartnersEvent.CouncilFigures;
import org.familysafeguarding.platform.rest.Versions;

/** Registers councils and keeps their details; each change is published whole. */
@ApplicationScoped
public class CouncilRegistration {

    private final CouncilRepository councils;
    private final PartnersEvents events;
    private final Clock clock;

    public CouncilRegistration(CouncilRepository councils, PartnersEvents events, Clock clock) {
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Council register(String code, Council.Details details) {
        if (councils.findByIdOptional(code).isPresent()) {
            throw new CouncilAlreadyRegistered("Council " + code + " is already registered.");
        }
        requireUniqueLaNumber(details, code);
        Council council = Council.register(code, details, Instant.now(clock));
        councils.persist(council);
        events.publish(CouncilFigures.registered(council));
        return council;
    }

    @Transactional
    public Council change(String code, String ifMatch, Council.Details details) {
        Council council = councils.findByIdOptional(code).orElseThrow(() -> new CouncilNotFound(code));
        Versions.requireMatch(ifMatch, council.version());
        requireUniqueLaNumber(details, code);
        council.change(details, Instant.now(clock));
        councils.flush();
        events.publish(CouncilFigures.updated(council));
        return council;
    }

    private void requireUniqueLaNumber(Council.Details details, String code) {
        if (councils.localAuthorityNumberTaken(details.localAuthorityNumber(), code)) {
            throw new CouncilAlreadyRegistered(
                    "Local authority number " + details.localAuthorityNumber() + " belongs to another council.");
        }
    }
}
