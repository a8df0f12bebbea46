package org.familysafeguarding.contracts.readmodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What this service knows of a partner agency's practitioner: agency, role, FTE and employment
 * dates, from partners-service's events. No name or login is kept.
 */
@Entity
@Table(name = "practitioner")
public class Practitioner {

    @Id
    private UUID id;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    /** Kept as written by partners-service, so a role added there is not refused here. */
    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private BigDecimal fte;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Practitioner() {}

    public static Practitioner of(UUID id) {
        var practitioner = new Practitioner();
        practitioner.id = id;
        return practitioner;
    }

    /** Takes the latest state partners-service reported (its events per practitioner arrive in order). */
    public void follow(
            UUID agencyId, String role, BigDecimal fte, LocalDate startDate, LocalDate endDate, Instant now) {
        this.agencyId = agencyId;
        this.role = role;
        this.fte = fte;
        this.startDate = startDate;
        this.endDate = endDate;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String role() {
        return role;
    }

    public BigDecimal fte() {
        return fte;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }
}
