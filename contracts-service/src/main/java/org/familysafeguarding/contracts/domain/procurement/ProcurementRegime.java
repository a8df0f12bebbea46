package org.familysafeguarding.contracts.domain.procurement;

/** The law a procurement decision falls under; the codes are those of the reference data. */
public enum ProcurementRegime {
    PCR2015("Public Contracts Regulations 2015"),
    PA2023("Procurement Act 2023"),
    PSR2023("Health Care Services (Provider Selection Regime) Regulations 2023");

    private final String title;

    ProcurementRegime(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
