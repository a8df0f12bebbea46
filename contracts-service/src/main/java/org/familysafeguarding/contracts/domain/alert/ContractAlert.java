package org.familysafeguarding.contracts.domain.alert;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * That the alert for a contract's deadline at a threshold has been raised, so that it is not raised
 * again; {@code published} is false for a wider threshold passed over because the first alert came late.
 */
@Entity
@Table(name = "contract_alert")
public class ContractAlert {

    @Embeddable
    public record Key(
            @Column(name = "contract_id") UUID contractId,

            @Enumerated(EnumType.STRING) @Column(name = "kind")
            AlertKind kind,

            @Column(name = "due_on") LocalDate dueOn,
            @Column(name = "threshold_days") int thresholdDays)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected ContractAlert() {}

    public static ContractAlert raised(
            UUID contractId, AlertKind kind, LocalDate dueOn, int thresholdDays, boolean published, Instant now) {
        var alert = new ContractAlert();
        alert.key = new Key(contractId, kind, dueOn, thresholdDays);
        alert.published = published;
        alert.raisedAt = now;
        return alert;
    }

    public boolean published() {
        return published;
    }
}
