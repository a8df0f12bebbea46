package org.familysafeguarding.contracts.domain.tender;

/**
 * Where a tender evaluation is: criteria and panel are set, then bids are taken, then each
 * evaluator scores alone, then the scores are moderated, and a recommendation closes it.
 */
public enum TenderStage {
    SETTING_CRITERIA,
    BIDS_OPEN,
    SCORING,
    MODERATION,
    RECOMMENDED;

    /** From moderation on, the evaluators' individual scores are no longer hidden from one another. */
    public boolean scoresDisclosed() {
        return this == MODERATION || this == RECOMMENDED;
    }
}
