package org.familysafeguarding.contracts.domain.contract;

/** How the contract's values stand to VAT. */
public enum VatBasis {
    EXCLUDING_VAT,
    INCLUDING_VAT,
    VAT_EXEMPT
}
