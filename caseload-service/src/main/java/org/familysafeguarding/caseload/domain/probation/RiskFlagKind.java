package org.familysafeguarding.caseload.domain.probation;

/**
 * What a probation registration means for the family's workers. Which Delius register codes give
 * which kind is configuration ({@code caseload.probation.register-codes}), not code: some codes are
 * not public and deployments differ. A code no mapping names is kept as {@link #OTHER} with the code.
 */
public enum RiskFlagKind {
    MAPPA,
    CHILD_PROTECTION,
    CHILD_CONCERNS,
    RISK_TO_CHILDREN,
    VERY_HIGH_ROSH,
    HIGH_ROSH,
    MEDIUM_ROSH,
    LOW_ROSH,
    DOMESTIC_ABUSE_PERPETRATOR,
    DOMESTIC_ABUSE_VICTIM,
    OTHER
}
