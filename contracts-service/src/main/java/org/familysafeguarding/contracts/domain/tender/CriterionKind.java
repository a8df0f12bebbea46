package org.familysafeguarding.contracts.domain.tender;

/** How a bid is judged against a criterion. */
public enum CriterionKind {
    /** Pass or fail; a bid that fails one is not ranked and cannot be awarded the contract. */
    MANDATORY,
    /** Scored by the evaluators from 0 to the criterion's maximum; worth its weight. */
    QUALITY,
    /** Not scored by evaluators: lowest qualifying price / bid price x weight. */
    PRICE
}
