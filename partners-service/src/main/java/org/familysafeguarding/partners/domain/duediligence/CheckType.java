package org.familysafeguarding.partners.domain.duediligence;

/** The due-diligence checks a council may require of a partner agency before it works with families. */
public enum CheckType {
    /** A credit reference check (e.g. Dun and Bradstreet), with its score. */
    CREDIT_CHECK,
    ECONOMIC_FINANCIAL_STANDING,
    /** Self-certified Equality and Diversity Policy in keeping with the Equality Act 2010. */
    EQUALITY_POLICY,
    /** Self-certified: no unlawful-discrimination findings against the agency in the last 3 years. */
    NO_DISCRIMINATION_FINDINGS,
    /** No environmental convictions or notices in the last 3 years; environmental management disclosed. */
    ENVIRONMENTAL_DECLARATION,
    SAFEGUARDING_POLICY,
    INSURANCE,
    /** Data-protection assurance, e.g. NHS Data Security and Protection Toolkit status, ICO registration. */
    DATA_PROTECTION
}
