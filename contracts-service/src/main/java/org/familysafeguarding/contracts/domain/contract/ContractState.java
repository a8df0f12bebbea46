package org.familysafeguarding.contracts.domain.contract;

import java.util.Set;

/** Where a contract is in its life; each state names the states it may move to. */
public enum ContractState {
    PLANNED,
    IN_PROCUREMENT,
    IN_EVALUATION,
    AWARDED,
    MOBILISING,
    LIVE,
    ENDED;

    public Set<ContractState> next() {
        return switch (this) {
            case PLANNED -> Set.of(IN_PROCUREMENT, AWARDED, ENDED);
            case IN_PROCUREMENT -> Set.of(IN_EVALUATION, AWARDED, ENDED);
            case IN_EVALUATION -> Set.of(AWARDED, ENDED);
            case AWARDED -> Set.of(MOBILISING, ENDED);
            case MOBILISING -> Set.of(LIVE, ENDED);
            case LIVE -> Set.of(ENDED);
            case ENDED -> Set.of();
        };
    }

    /** Before award the register entry may still be edited; after, changes are variations. */
    public boolean beforeAward() {
        return this == PLANNED || this == IN_PROCUREMENT || this == IN_EVALUATION;
    }
}
