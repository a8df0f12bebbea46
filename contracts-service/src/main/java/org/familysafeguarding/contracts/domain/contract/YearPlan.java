package org.familysafeguarding.contracts.domain.contract;

import java.math.BigDecimal;
import java.util.List;

/** One financial year of an edited profile: its value and, optionally, the sources that fund it. */
public record YearPlan(String financialYear, BigDecimal amount, List<Funding> funding) {

    public record Funding(String source, BigDecimal amount) {}

    public YearPlan {
        funding = funding == null ? List.of() : List.copyOf(funding);
    }
}
