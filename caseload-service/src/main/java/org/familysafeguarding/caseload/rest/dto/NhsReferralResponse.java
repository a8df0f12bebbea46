package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.nhs.NhsReferral;

/**
 * An NHS referral of a parent: who sent it and what they ask for, read off the ServiceRequest.
 *
 * @param requested the ServiceRequest's code (its text, or the displays of its codings)
 * @param reasons the reasons given (texts or displays)
 */
public record NhsReferralResponse(
        UUID id,
        UUID adultId,
        UUID familyId,
        NhsReferral.Status status,
        String priority,
        Instant authoredOn,
        Instant receivedAt,
        String senderOdsCode,
        String senderReference,
        String requested,
        List<String> reasons) {}
