package org.familysafeguarding.contracts.domain.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;

/** One recorded move of a contract from a state to the next: who, when, decided by whom, on what report. */
@Entity
@Table(name = "contract_transition")
public class ContractTransition {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false)
    private ContractState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private ContractState to;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "decision_maker", nullable = false)
    private String decisionMaker;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_level", nullable = false)
    private DecisionLevel decisionLevel;

    @Column(name = "decision_report_ref")
    private String decisionReportRef;

    @Column(name = "procurement_check_id")
    private UUID procurementCheckId;

    @Column(name = "agency_id")
    private UUID agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    private String reason;

    protected ContractTransition() {}

    static ContractTransition of(
            UUID contractId,
            ContractState from,
            TransitionDecision d,
            UUID checkId,
            UUID agencyId,
            String recordedBy,
            Instant now) {
        var t = new ContractTransition();
        t.id = UUID.randomUUID();
        t.contractId = contractId;
        t.from = from;
        t.to = d.to();
        t.effectiveOn = d.effectiveOn();
        t.recordedBy = recordedBy;
        t.recordedAt = now;
        t.decisionMaker = d.decisionMaker();
        t.decisionLevel = d.decisionLevel();
        t.decisionReportRef = d.decisionReportRef();
        t.procurementCheckId = checkId;
        t.agencyId = agencyId;
        t.endReason = d.endReason();
        // an award at risk says so in its record, whatever the reason given
        String reason = d.awardedAtRisk()
                ? "Awarded at risk (the procurement check refused the route): " + d.reason()
                : d.reason();
        t.reason = reason != null && reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        return t;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public ContractState from() {
        return from;
    }

    public ContractState to() {
        return to;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String decisionMaker() {
        return decisionMaker;
    }

    public DecisionLevel decisionLevel() {
        return decisionLevel;
    }

    public String decisionReportRef() {
        return decisionReportRef;
    }

    public UUID procurementCheckId() {
        return procurementCheckId;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public EndReason endReason() {
        return endReason;
    }

    public String reason() {
        return reason;
    }
}
