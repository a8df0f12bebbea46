package org.familysafeguarding.contracts.readmodel;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.familysafeguarding.contracts.domain.procurement.CouncilDecisionThresholds;

/** What this service knows of a council (a tenant), learnt from partners-service events. */
@Entity
@Table(name = "council")
public class Council {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "key_decision_threshold", nullable = false)
    private BigDecimal keyDecision;

    @Column(name = "officer_up_to", nullable = false)
    private BigDecimal officerUpTo;

    @Column(name = "cabinet_member_up_to", nullable = false)
    private BigDecimal cabinetMemberUpTo;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Council() {}

    public static Council known(
            String code, String name, CouncilDecisionThresholds thresholds, Instant asOf, Instant now) {
        var council = new Council();
        council.code = code;
        council.take(name, thresholds, asOf, now);
        return council;
    }

    /** Takes partners-service's state of the council, unless what is held is newer. */
    public void follow(String name, CouncilDecisionThresholds thresholds, Instant asOf, Instant now) {
        if (asOf.isBefore(this.asOf)) {
            return;
        }
        take(name, thresholds, asOf, now);
    }

    private void take(String name, CouncilDecisionThresholds thresholds, Instant asOf, Instant now) {
        this.name = name;
        this.keyDecision = thresholds.keyDecision();
        this.officerUpTo = thresholds.officerUpTo();
        this.cabinetMemberUpTo = thresholds.cabinetMemberUpTo();
        this.asOf = asOf;
        this.updatedAt = now;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public CouncilDecisionThresholds decisionThresholds() {
        return new CouncilDecisionThresholds(keyDecision, officerUpTo, cabinetMemberUpTo);
    }
}
