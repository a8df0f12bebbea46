package org.familysafeguarding.contracts.domain.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Rating bands a council sets for all its contracts ({@code contractId} null), or for one contract. */
@Entity
@Table(name = "kpi_rating_bands")
public class RatingBandsSetting {

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(name = "contract_id")
    private UUID contractId;

    @Column(name = "slightly_below_from", nullable = false)
    private BigDecimal slightlyBelowFrom;

    @Column(name = "below_from", nullable = false)
    private BigDecimal belowFrom;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RatingBandsSetting() {}

    public static RatingBandsSetting of(String councilCode, UUID contractId) {
        var setting = new RatingBandsSetting();
        setting.id = UUID.randomUUID();
        setting.councilCode = councilCode;
        setting.contractId = contractId;
        return setting;
    }

    public void set(RatingBands bands, Instant now) {
        this.slightlyBelowFrom = bands.slightlyBelowFrom();
        this.belowFrom = bands.belowFrom();
        this.updatedAt = now;
    }

    public RatingBands bands() {
        return new RatingBands(slightlyBelowFrom, belowFrom);
    }

    public String councilCode() {
        return councilCode;
    }

    public UUID contractId() {
        return contractId;
    }

    public long version() {
        return version;
    }
}
