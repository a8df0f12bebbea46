package org.familysafeguarding.contracts.domain.alert;

/** What is coming for a contract. */
public enum AlertKind {
    /** The date by which an extension option must be decided ({@code extensionDecisionBy}), while one remains. */
    EXTENSION_DECISION_DUE,
    /** The contract's current end. */
    ENDING
}
