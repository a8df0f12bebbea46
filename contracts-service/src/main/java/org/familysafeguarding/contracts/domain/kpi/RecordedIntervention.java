package org.familysafeguarding.contracts.domain.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An intervention caseload-service recorded, kept only to be counted: which council, agency, type
 * and day. Keyed by the intervention, so a repeated recording counts once; a voided one not at all.
 */
@Entity
@Table(name = "recorded_intervention")
public class RecordedIntervention {

    @Id
    @Column(name = "intervention_id")
    private UUID interventionId;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Column(nullable = false)
    private String type;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    /** The partner service of the allocation it was recorded under (caseload's commissioned service), when given. */
    private String service;

    @Column(name = "family_id")
    private UUID familyId;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RecordedIntervention() {}

    public static RecordedIntervention of(
            UUID interventionId, String councilCode, UUID agencyId, String type, LocalDate occurredOn, Instant now) {
        var intervention = new RecordedIntervention();
        intervention.interventionId = interventionId;
        intervention.councilCode = councilCode;
        intervention.agencyId = agencyId;
        intervention.type = type;
        intervention.occurredOn = occurredOn;
        intervention.updatedAt = now;
        return intervention;
    }

    /** What caseload-service says the intervention was for: the allocation's partner service and the family. */
    public RecordedIntervention servingFor(String service, UUID familyId) {
        this.service = service;
        this.familyId = familyId;
        return this;
    }

    public void voided(Instant at, Instant now) {
        if (voidedAt == null) {
            this.voidedAt = at == null ? now : at;
            this.updatedAt = now;
        }
    }

    public boolean isVoided() {
        return voidedAt != null;
    }
}
