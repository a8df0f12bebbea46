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
 * A live contract as contracts-service reports it: which agency is commissioned for which partner
 * services in which council, from the day it went live until the day it ended. The initial end
 * date is kept for information only: a contract may be extended, and only its ending stops it.
 */
@Entity
@Table(name = "commissioned_contract")
public class Commission {

    @Id
    @Column(name = "contract_id")
    private UUID contractId;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Column(name = "live_on")
    private LocalDate liveOn;

    @Column(name = "initial_end_date")
    private LocalDate initialEndDate;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commissioned_service", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "service")
    private Set<String> services = new HashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Commission() {}

    public static Commission of(UUID contractId, String councilCode, UUID agencyId, Set<String> services, Instant now) {
        var commission = new Commission();
        commission.contractId = contractId;
        commission.councilCode = councilCode;
        commission.agencyId = agencyId;
        commission.services.addAll(services);
        commission.updatedAt = now;
        return commission;
    }

    public void wentLive(LocalDate on, LocalDate initialEnd, Set<String> services, Instant now) {
        this.liveOn = on;
        this.initialEndDate = initialEnd;
        this.services.clear();
        this.services.addAll(services);
        this.updatedAt = now;
    }

    /** An ending is final, whatever order the events come in. */
    public void ended(LocalDate on, Instant now) {
        this.endedOn = on;
        this.updatedAt = now;
    }

    /** The agency is commissioned for the service in the council on the date (the end day included). */
    public boolean commissions(UUID agency, String service, String council, LocalDate date) {
        return agencyId.equals(agency)
                && councilCode.equals(council)
                && services.contains(service)
                && liveOn != null
                && !liveOn.isAfter(date)
                && (endedOn == null || !endedOn.isBefore(date));
    }

    public UUID contractId() {
        return contractId;
    }

    public String councilCode() {
        return councilCode;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public LocalDate liveOn() {
        return liveOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public Set<String> services() {
        return Set.copyOf(services);
    }
}
