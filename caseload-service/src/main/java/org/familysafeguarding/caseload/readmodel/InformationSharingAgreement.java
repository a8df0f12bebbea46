package org.familysafeguarding.caseload.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * An information-sharing agreement between a council and partner agencies, from partners-service.
 * It covers its agencies from its start date to its end date, or to the day it ended early.
 */
@Entity
@Table(name = "sharing_agreement")
public class InformationSharingAgreement {

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sharing_agreement_agency", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "agency_id")
    private Set<UUID> agencyIds = new HashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InformationSharingAgreement() {}

    public static InformationSharingAgreement of(UUID id, String councilCode, Instant now) {
        var agreement = new InformationSharingAgreement();
        agreement.id = id;
        agreement.councilCode = councilCode;
        agreement.updatedAt = now;
        return agreement;
    }

    public void signed(Set<UUID> agencies, LocalDate start, LocalDate end, Instant now) {
        this.agencyIds.clear();
        this.agencyIds.addAll(agencies);
        this.startDate = start;
        this.endDate = end;
        this.updatedAt = now;
    }

    /** Ended early; an ending is final, whatever order the events come in. */
    public void ended(LocalDate on, Instant now) {
        this.endedOn = on;
        this.updatedAt = now;
    }

    public boolean covers(UUID agencyId, String council, LocalDate date) {
        return councilCode.equals(council)
                && agencyIds.contains(agencyId)
                && startDate != null
                && !startDate.isAfter(date)
                && (endDate == null || !endDate.isBefore(date))
                && (endedOn == null || !endedOn.isBefore(date));
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public Set<UUID> agencyIds() {
        return Set.copyOf(agencyIds);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public LocalDate endedOn() {
        return endedOn;
    }
}
