package org.familysafeguarding.contracts.domain.contract;

/** Why a contract ended. */
public enum EndReason {
    EXPIRED,
    TERMINATED,
    DECOMMISSIONED
}
