package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.allocation.Allocation;
import org.familysafeguarding.caseload.domain.allocation.AllocationRepository;
import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.intervention.Intervention;
import org.familysafeguarding.caseload.domain.intervention.InterventionRepository;
import org.familysafeguarding.caseload.messaging.event.InterventionRecorded;
import org.familysafeguarding.caseload.messaging.event.InterventionVoided;
import org.familysafeguarding.caseload.readmodel.PartnerAgencyRepository;
import org.familysafeguarding.caseload.readmodel.Practitioner;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageResponse;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;

import io.quarkus.panache.common.Page;

/**
 * Interventions with adults: recorded and voided by the practitioner allocated to the adult, each
 * published on {@code caseload.events} in the same transaction; work with a person on probation (the
 * adult has a CRN) is also told to probation through {@link ProbationContacts}. Notes are shown to the recording
 * agency, and to everyone who may see the intervention once the recorder shares them.
 */
@ApplicationScoped
public class InterventionRecords {

    /** An intervention as the caller may see it: the notes' text only when they may read it. */
    public record Seen(Intervention intervention, boolean notesReadable) {}

    private final InterventionRepository interventions;
    private final AllocationRepository allocations;
    private final AdultRepository adults;
    private final CaseloadAccess scope;
    private final Caller caller;
    private final AuditTrail audit;
    private final CaseloadEvents events;
    private final PartnerAgencyRepository agencies;
    private final ProbationContacts probation;
    private final Clock clock;

    public InterventionRecords(
            InterventionRepository interventions,
            AllocationRepository allocations,
            AdultRepository adults,
            CaseloadAccess scope,
            Caller caller,
            AuditTrail audit,
            CaseloadEvents events,
            PartnerAgencyRepository agencies,
            ProbationContacts probation,
            Clock clock) {
        this.interventions = interventions;
        this.allocations = allocations;
        this.adults = adults;
        this.scope = scope;
        this.caller = caller;
        this.audit = audit;
        this.events = events;
        this.agencies = agencies;
        this.probation = probation;
        this.clock = clock;
    }

    @Transactional
    public Seen record(UUID adultId, Intervention.Details details) {
        Adult adult = adult(adultId, AuditAction.UPDATE);
        LocalDate today = LocalDate.now(clock);
        // work done while an allocation was open may be recorded for a short time after it ended
        Allocation allocation = scope.practitioner()
                .flatMap(me -> allocations
                        .openWith(me.id(), adultId, adult.familyId())
                        .or(() -> allocations.endedCovering(
                                me.id(),
                                adultId,
                                adult.familyId(),
                                details.occurredOn(),
                                today.minusDays(Intervention.LATE_RECORDING_DAYS))))
                .orElseThrow(() -> {
                    audit.recordDenied(AuditAction.CREATE, "intervention", adultId.toString(), null);
                    return new CaseworkRefused(
                            "not-allocated",
                            "Only a practitioner allocated to the adult (or the "
                                    + "family's lead social worker), named by your login, records interventions.");
                });
        Intervention intervention = Intervention.record(allocation, adultId, details, today, Instant.now(clock));
        interventions.persist(intervention);
        events.publish(InterventionRecorded.of(intervention, allocation.specialism()));
        if (adult.crn() != null) {
            probation.contactRecorded(new ProbationContacts.Contact(
                    intervention.id(),
                    adult.crn(),
                    intervention.occurredOn(),
                    intervention.durationMinutes(),
                    intervention.type().name(),
                    allocation.specialism().name(),
                    intervention.councilCode(),
                    intervention.recordedAt()));
        }
        audit.record(AuditAction.CREATE, "intervention", intervention.id().toString(), null);
        return new Seen(intervention, true);
    }

    @Transactional
    public Seen voidAsError(UUID interventionId, String ifMatch, String reason) {
        Intervention intervention = intervention(interventionId, AuditAction.UPDATE);
        Versions.requireMatch(ifMatch, intervention.version());
        boolean recorder = scope.practitioner()
                .map(me -> me.id().equals(intervention.practitionerId()))
                .orElse(false);
        if (!recorder) {
            audit.recordDenied(AuditAction.UPDATE, "intervention", interventionId.toString(), null);
            throw new CaseworkRefused(
                    "not-the-recorder", "Only the practitioner who recorded an intervention voids it.");
        }
        intervention.voidAsError(reason, Instant.now(clock));
        events.publish(InterventionVoided.of(intervention));
        audit.record(AuditAction.UPDATE, "intervention", interventionId.toString(), null);
        return seen(intervention);
    }

    @Transactional
    public Seen read(UUID interventionId) {
        Intervention intervention = intervention(interventionId, AuditAction.READ);
        audit.record(AuditAction.READ, "intervention", interventionId.toString(), null);
        return seen(intervention);
    }

    /** The adult's interventions the caller may see, latest first: a practitioner sees their own and shared ones. */
    @Transactional
    public PageResponse<Seen> ofAdult(UUID adultId, int page, int size) {
        adult(adultId, AuditAction.READ);
        var query = scope.practitionerOnly()
                ? interventions.ofAdultVisibleTo(
                        adultId, scope.practitioner().map(Practitioner::id).orElseThrow())
                : interventions.ofAdult(adultId);
        query.page(Page.of(page, size));
        var found = query.list().stream().map(this::seen).toList();
        audit.record(AuditAction.READ, "adult", adultId.toString(), null);
        audit.recordAll(
                AuditAction.READ,
                "intervention",
                found.stream()
                        .map(seen ->
                                new AuditTrail.Accessed(seen.intervention().id().toString(), null))
                        .toList());
        return new PageResponse<>(found, page, size, query.count());
    }

    /**
     * Notes are the recording agency's: readable by its staff (the caller's practitioner, or their
     * token's agency, is the agency that recorded them), and by everyone who may see the intervention
     * once shared. When the recording agency is the council's own (in-house), the council's staff are
     * its staff. Others see that notes exist, not their text.
     */
    private Seen seen(Intervention intervention) {
        if (intervention.notesShared()) {
            return new Seen(intervention, true);
        }
        Optional<UUID> callerAgency =
                scope.practitioner().map(Practitioner::agencyId).or(caller::agency);
        boolean sameAgency =
                callerAgency.filter(intervention.agencyId()::equals).isPresent();
        boolean councilsOwn = caller.worksForCouncil(intervention.councilCode())
                && agencies.findByIdOptional(intervention.agencyId())
                        .filter(a -> a.inHouseOf(intervention.councilCode()))
                        .isPresent();
        return new Seen(intervention, sameAgency || councilsOwn);
    }

    private Adult adult(UUID adultId, AuditAction action) {
        return scope.require(adults.findById(adultId), "adult", adultId, Adult::councilCode, a -> null, action);
    }

    private Intervention intervention(UUID id, AuditAction action) {
        return scope.require(
                interventions.findById(id), "intervention", id, Intervention::councilCode, i -> null, action);
    }
}
