package org.familysafeguarding.partners.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.partners.domain.agency.AgencyNotFound;
import org.familysafeguarding.partners.domain.agency.AgencyRepository;
import org.familysafeguarding.partners.domain.workforce.LoginTaken;
import org.familysafeguarding.partners.domain.workforce.Practitioner;
import org.familysafeguarding.partners.domain.workforce.PractitionerNotFound;
import org.familysafeguarding.partners.domain.workforce.PractitionerRepository;
import org.familysafeguarding.partners.messaging.event.PractitionerRegistered;
import org.familysafeguarding.partners.messaging.event.PractitionerUpdated;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageResponse;
import org.familysafeguarding.platform.rest.Versions;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The agencies' staff in the partnership. Each change is audited and published. */
@ApplicationScoped
public class PractitionerRecords {

    static final String RECORD_TYPE = "practitioner";
    static final String LOGIN_RECORD_TYPE = "practitioner-login";

    private final PractitionerRepository practitioners;
    private final AgencyRepository agencies;
    private final PartnersEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    public PractitionerRecords(
            PractitionerRepository practitioners,
            AgencyRepository agencies,
            PartnersEvents events,
            AuditTrail audit,
            Clock clock) {
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
        events.publish(new PractitionerRegistered(
                practitioner.id(),
                agencyId,
                practitioner.role().name(),
                practitioner.fte(),
                practitioner.startDate(),
                practitioner.endDate(),
                practitioner.login()));
        return practitioner;
    }

    @Transactional
    public Practitioner change(UUID id, String ifMatch, Practitioner.Details details) {
        // loaded in this transaction: a record read before it began would not be written back
        Practitioner practitioner = practitioners.findByIdOptional(id).orElseThrow(() -> new PractitionerNotFound(id));
        Versions.requireMatch(ifMatch, practitioner.version());
        requireFreeLogin(details.login(), practitioner.id());
        boolean loginChanged = !java.util.Objects.equals(practitioner.login(), details.login());
        practitioner.change(details, Instant.now(clock));
        practitioners.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, practitioner.id().toString(), null);
        if (loginChanged) {
            // the login ties a token to this person's allocations in caseload: its change is a finding of its own
            audit.record(
                    AuditAction.UPDATE, LOGIN_RECORD_TYPE, practitioner.id().toString(), null);
        }
        events.publish(new PractitionerUpdated(
                practitioner.id(),
                practitioner.agencyId(),
                practitioner.role().name(),
                practitioner.fte(),
                practitioner.startDate(),
                practitioner.endDate(),
                practitioner.login()));
        return practitioner;
    }

    /** A page of practitioners' records, each one listed audited as seen. */
    @Transactional
    public PageResponse<Practitioner> list(PanacheQuery<Practitioner> query, int page, int size) {
        PageResponse<Practitioner> result = PageResponse.of(query, page, size, p -> p);
        audit.recordAll(
                AuditAction.SEARCH,
                RECORD_TYPE,
                result.items().stream()
                        .map(p -> new AuditTrail.Accessed(p.id().toString(), null))
                        .toList());
        return result;
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
