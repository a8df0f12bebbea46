package org.familysafeguarding.contracts.domain.contract;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Part of a year's value paid from one source, e.g. "DfE grant" or "base budget". */
@Embeddable
public record FundingLine(
        @Column(name = "financial_year", nullable = false) String financialYear,
        @Column(name = "source", nullable = false) String source,
        @Column(name = "amount", nullable = false) BigDecimal amount) {}
