package org.familysafeguarding.partners.domain.agency;

/** What sort of organisation a partner agency is; it decides which identifier the agency must have. */
public enum AgencyKind {
    /** A public body such as the Probation Service. */
    STATUTORY_BODY,
    /** An NHS trust, known by its ODS code. */
    NHS_TRUST,
    /** A registered charity, known by its Charity Commission number. */
    CHARITY,
    /** A company, known by its Companies House number. */
    COMPANY,
    /** A council's own in-house team (e.g. its clinical psychology team). */
    IN_HOUSE
}
