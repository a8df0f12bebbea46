package org.familysafeguarding.platform.audit;

import java.time.Instant;

/**
 * What a walk of the audit chain found.
 *
 * @param intact whether every entry links to the one before, hashes to what it carries, and the
 *        entries seen by the previous verification are all still there
 * @param entriesChecked how many entries were walked
 * @param firstBrokenSeq the first altered entry, the first one after a removed entry, or the first
 *        missing one at the end; null when intact
 * @param problem what is wrong, in words; null when intact
 * @param headSeq the last entry now; an external monitor can keep it and compare
 * @param headHash the hash of the last entry
 * @param previouslyVerifiedSeq the head at the previous intact verification (0 when none)
 * @param verifiedAt when this verification ran
 */
public record AuditVerification(
        boolean intact,
        long entriesChecked,
        Long firstBrokenSeq,
        String problem,
        long headSeq,
        String headHash,
        long previouslyVerifiedSeq,
        Instant verifiedAt) {}
