package org.familysafeguarding.contracts.domain.kpi;

import java.time.Instant;
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected KpiTarget() {
    }

    public static KpiTarget set(UUID contractId, String councilCode, InterventionType type, int perQuarter,
            Instant now) {
        var target = new KpiTarget();
        target.id = UUID.randomUUID();
        target.contractId = contractId;
        target.councilCode = councilCode;
        target.createdAt = now;
        target.revise(type, perQuarter, now);
        return target;
    }

    public void revise(InterventionType type, int perQuarter, Instant now) {
        this.interventionType = type;
        this.perQuarter = perQuarter;
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public UUID contractId() { return contractId; }
    public String councilCode() { return councilCode; }
    public InterventionType interventionType() { return interventionType; }
    public int perQuarter() { return perQuarter; }
    public long version() { return version; }
}
