package org.familysafeguarding.partners.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.partners.domain.AgencyNotFound;
import org.familysafeguarding.partners.domain.AgencyRepository;
import org.familysafeguarding.partners.domain.workforce.Practitioner;
import org.familysafeguarding.partners.domain.workforce.PractitionerNotFound;
import org.familysafeguarding.partners.domain.workforce.PractitionerRepository;
import org.familysafeguarding.partners.domain.workforce.LoginTaken;
import org.familysafeguarding.partners.messaging.PartnersEventPublisher;
import org.familysafeguarding.partners.messaging.event.PractitionerRegistered;
import org.familysafeguarding.partners.messaging.event.PractitionerUpdated;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.Versions;

/** The agencies' staff in the partnership. Each change is audited and published. */
@ApplicationScoped
public class Workforce {

    static final String RECORD_TYPE = "practitioner";

    private final PractitionerRepository practitioners;
    private final AgencyRepository agencies;
    private final PartnersEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    public Workforce(PractitionerRepository practitioners, AgencyRepository agencies, PartnersEventPublisher events,
            AuditTrail audit, Clock clock) {
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Practitioner register(UUID agencyId, Practitioner.Details details) {
        agencies.findByIdOptional(agencyId).orElseThrow(() -> new AgencyNotFound(agencyId));
        requireFreeLogin(details.login(), new UUID(0, 0));
        Practitioner practitioner = Practitioner.register(agencyId, details, Instant.now(clock));
        practitioners.persist(practitioner);
        audit.record(AuditAction.CREATE, RECORD_TYPE, practitioner.id().toString(), null);
        events.publish(new PractitionerRegistered(practitioner.id(), agencyId, practitioner.role().name(),
                practitioner.fte(), practitioner.startDate(), practitioner.endDate(), practitioner.login()));
        return practitioner;
    }

    @Transactional
    public Practitioner change(Practitioner practitioner, String ifMatch, Practitioner.Details details) {
        Versions.requireMatch(ifMatch, practitioner.version());
        requireFreeLogin(details.login(), practitioner.id());
        practitioner.change(details, Instant.now(clock));
        practitioners.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, practitioner.id().toString(), null);
        events.publish(new PractitionerUpdated(practitioner.id(), practitioner.agencyId(), practitioner.role().name(),
                practitioner.fte(), practitioner.startDate(), practitioner.endDate(), practitioner.login()));
        return practitioner;
    }

    /** Reads one practitioner's record, audited. */
    @Transactional
    public Practitioner read(UUID id) {
        Practitioner practitioner = practitioners.findByIdOptional(id).orElseThrow(() -> new PractitionerNotFound(id));
        audit.record(AuditAction.READ, RECORD_TYPE, id.toString(), null);
        return practitioner;
    }

    private void requireFreeLogin(String login, UUID exceptId) {
        if (practitioners.loginTaken(login, exceptId)) {
            throw new LoginTaken(login);
        }
    }
}
