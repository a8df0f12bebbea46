package org.familysafeguarding.contracts.domain.contract;

import java.math.BigDecimal;
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

/** A recorded extension or variation of a live contract, with the flags it raised. */
@Entity
@Table(name = "contract_variation")
public class ContractVariation {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeKind kind;

    @Column(name = "extension_months")
    private Integer extensionMonths;

    @Column(name = "value_change", nullable = false)
    private BigDecimal valueChange;

    @Column(name = "end_before", nullable = false)
    private LocalDate endBefore;

    @Column(name = "end_after", nullable = false)
    private LocalDate endAfter;

    @Column(name = "scope_change")
    private String scopeChange;

    private String reason;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "decision_maker", nullable = false)
    private String decisionMaker;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_level", nullable = false)
    private DecisionLevel decisionLevel;

    @Column(name = "decision_report_ref")
    private String decisionReportRef;

    @Column(name = "change_notice_required", nullable = false)
    private boolean changeNoticeRequired;

    @Column(name = "psr_considerable_change", nullable = false)
    private boolean psrConsiderableChange;

    @Column(name = "psr_transparency_notice", nullable = false)
    private boolean psrTransparencyNotice;

    @Column(name = "flag_reasons", nullable = false)
    private String flagReasons;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ContractVariation() {}

    static ContractVariation of(
            UUID contractId,
            ContractChange change,
            BigDecimal valueChange,
            LocalDate endBefore,
            LocalDate endAfter,
            ChangeFlags flags,
            String recordedBy,
            Instant now) {
        var v = new ContractVariation();
        v.id = UUID.randomUUID();
        v.contractId = contractId;
        v.kind = change.kind();
        v.extensionMonths = change.extensionMonths();
        v.valueChange = valueChange;
        v.endBefore = endBefore;
        v.endAfter = endAfter;
        v.scopeChange = change.scopeChange();
        v.reason = change.reason();
        v.effectiveOn = change.effectiveOn();
        v.decisionMaker = change.decisionMaker();
        v.decisionLevel = change.decisionLevel();
        v.decisionReportRef = change.decisionReportRef();
        v.changeNoticeRequired = flags.changeNoticeRequired();
        v.psrConsiderableChange = flags.psrConsiderableChange();
        v.psrTransparencyNotice = flags.psrTransparencyNoticeRequired();
        v.flagReasons = flags.reasons();
        v.recordedBy = recordedBy;
        v.recordedAt = now;
        return v;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public ChangeKind kind() {
        return kind;
    }

    public Integer extensionMonths() {
        return extensionMonths;
    }

    public BigDecimal valueChange() {
        return valueChange;
    }

    public LocalDate endBefore() {
        return endBefore;
    }

    public LocalDate endAfter() {
        return endAfter;
    }

    public String scopeChange() {
        return scopeChange;
    }

    public String reason() {
        return reason;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
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

    public ChangeFlags flags() {
        return new ChangeFlags(changeNoticeRequired, psrConsiderableChange, psrTransparencyNotice, flagReasons);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
