package org.familysafeguarding.contracts.domain.contract;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The value of a contract in one financial year (written 2024-25). */
@Embeddable
public record YearValue(
        @Column(name = "financial_year", nullable = false) String financialYear,
        @Column(name = "amount", nullable = false) BigDecimal amount) {}
