package org.familysafeguarding.caseload.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The adapter through which probation learns that a Family Safeguarding practitioner saw a person
 * on probation, so that the probation practitioner can record the contact. Called inside the
 * transaction that records the intervention: an implementation must write nothing outside it (the
 * one given, {@code OutboxProbationContacts}, appends to the transactional outbox), so the contact
 * leaves only if the intervention commits. The contract (topic, envelope, fields, what is never
 * sent) is in caseload-service/README.md, "Contact records for probation".
 */
public interface ProbationContacts {

    /**
     * A contact as probation may see it: no notes, no names, nothing about the family.
     *
     * @param contactId the intervention's id, stable across redeliveries
     * @param crn the adult's probation CRN
     * @param contactType the intervention type code (HOME_VISIT, ONE_TO_ONE_SESSION, DRUG_TEST...)
     * @param practitionerRole the allocation the work was done under (a specialism code, e.g. SUBSTANCE_USE)
     * @param councilCode the council's ONS GSS code
     */
    record Contact(
            UUID contactId,
            String crn,
            LocalDate contactDate,
            int durationMinutes,
            String contactType,
            String practitionerRole,
            String councilCode,
            Instant recordedAt) {}

    void contactRecorded(Contact contact);
}
