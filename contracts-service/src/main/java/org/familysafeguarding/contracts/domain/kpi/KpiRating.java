package org.familysafeguarding.contracts.domain.kpi;

/** How a quarter's count stands against its target, by the rating bands in force. */
public enum KpiRating {
    MET,
    SLIGHTLY_BELOW,
    BELOW,
    SIGNIFICANTLY_BELOW
}
