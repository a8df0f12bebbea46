package org.familysafeguarding.caseload.service;

import java.time.Instant;
import java.time.LocalDate;

import org.familysafeguarding.caseload.domain.identifier.ProbationCaseReference;
import org.familysafeguarding.caseload.domain.probation.ProbationRiskFlag.Registration;

/**
 * An HMPPS domain event of a type this service applies, checked (by the messaging layer's reader, see
 * {@link ProbationNotices}): a valid CRN, readable dates, the fields its type needs. What is kept of each type is only
 * what is here (codes, ids and dates). The type names are HMPPS's own.
 *
 * @param key the event's identity for the inbox (its {@code ce_id}, or a digest of the record)
 * @param registration for registration events: the registration's codes and date
 * @param endedOn for deregistration and deletion: the day the flag ends
 * @param reference for manager allocated: probation's allocation id
 * @param payload the event as received, kept when no adult holds the CRN yet
 */
public record ProbationNotice(
        String key,
        String eventType,
        ProbationCaseReference crn,
        Instant occurredAt,
        Registration registration,
        LocalDate endedOn,
        String reference,
        String payload) {

    public static final String REGISTRATION_ADDED = "probation-case.registration.added";
    public static final String REGISTRATION_UPDATED = "probation-case.registration.updated";
    public static final String REGISTRATION_DEREGISTERED = "probation-case.registration.deregistered";
    public static final String REGISTRATION_DELETED = "probation-case.registration.deleted";
    public static final String MANAGER_ALLOCATED = "person.community.manager.allocated";
    public static final String ENGAGEMENT_CREATED = "probation-case.engagement.created";
}
