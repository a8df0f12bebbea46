package org.familysafeguarding.platform.audit;

import java.time.Instant;

/**
 * What an auditor of one council is told of the audit chain's integrity.
 *
 * @param intact whether every entry from the last full verification to the head links and hashes
 * @param problem what is wrong, in words; null when intact
 * @param firstBrokenSeq the first broken entry, when it is the caller's council's own; else null
 * @param verifiedAt when this check ran
 * @param lastFullVerificationAt when the whole chain was last walked and found intact (a scheduled job)
 */
public record CouncilAuditVerification(
        boolean intact, String problem, Long firstBrokenSeq, Instant verifiedAt, Instant lastFullVerificationAt) {}
