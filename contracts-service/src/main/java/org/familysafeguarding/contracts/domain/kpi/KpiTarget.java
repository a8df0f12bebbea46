package org.familysafeguarding.contracts.domain.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A key performance indicator of a contract: at least {@code perQuarter} interventions of a type each quarter. */
@Entity
@Table(name = "kpi_target")
public class KpiTarget {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "intervention_type", nullable = false)
    private InterventionType interventionType;

    @Column(name = "per_quarter", nullable = false)
    private int perQuarter;

    /** The day the KPI was agreed: it rates no quarter before; null for KPIs set before this rule (from go-live). */
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    /** The KPI counts a family's interventions of its type on one day once (a home visit or core group with both parents). */
    @Column(name = "once_per_family", nullable = false)
    private boolean oncePerFamily;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected KpiTarget() {}

    public static KpiTarget set(
            UUID contractId,
            String councilCode,
            InterventionType type,
            int perQuarter,
            LocalDate effectiveFrom,
            boolean oncePerFamily,
            Instant now) {
        var target = new KpiTarget();
        target.id = UUID.randomUUID();
        target.contractId = contractId;
        target.councilCode = councilCode;
        target.createdAt = now;
        target.effectiveFrom = effectiveFrom;
        target.revise(type, perQuarter, oncePerFamily, now);
        return target;
    }

    public void revise(InterventionType type, int perQuarter, boolean oncePerFamily, Instant now) {
        this.oncePerFamily = oncePerFamily;
        this.interventionType = type;
        this.perQuarter = perQuarter;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String councilCode() {
        return councilCode;
    }

    public InterventionType interventionType() {
        return interventionType;
    }

    public int perQuarter() {
        return perQuarter;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public boolean oncePerFamily() {
        return oncePerFamily;
    }

    public long version() {
        return version;
    }
}
