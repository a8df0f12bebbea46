package org.familysafeguarding.contracts.domain.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A partner agency's bid for a contract: its total price and a summary. One per agency and tender. */
@Entity
@Table(name = "tender_bid")
public class TenderBid {

    /** Who put the bid in: the agency's own provider manager, or a commissioner recording it. */
    public enum SubmittedAs {
        PROVIDER_MANAGER,
        COMMISSIONER
    }

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Column(nullable = false)
    private BigDecimal price;

    private String summary;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_as", nullable = false)
    private SubmittedAs submittedAs;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TenderBid() {}

    public static TenderBid submit(
            TenderEvaluation tender,
            UUID agencyId,
            BigDecimal price,
            String summary,
            String by,
            SubmittedAs as,
            Instant now) {
        tender.requireStage(TenderStage.BIDS_OPEN, "Bids are taken while bids are open");
        var bid = new TenderBid();
        bid.id = UUID.randomUUID();
        bid.contractId = tender.contractId();
        bid.councilCode = tender.councilCode();
        bid.agencyId = agencyId;
        bid.price = price.setScale(2, RoundingMode.HALF_UP);
        bid.summary = summary;
        bid.submittedBy = by;
        bid.submittedAs = as;
        bid.submittedAt = now;
        bid.updatedAt = now;
        return bid;
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

    public UUID agencyId() {
        return agencyId;
    }

    public BigDecimal price() {
        return price;
    }

    public String summary() {
        return summary;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public SubmittedAs submittedAs() {
        return submittedAs;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public long version() {
        return version;
    }
}
