package org.familysafeguarding.caseload.messaging.hmpps;

import java.time.ZoneId;
import java.util.List;

import org.familysafeguarding.caseload.service.ProbationContacts.Contact;

/**
 * The HMPPS-shaped event this service publishes when a practitioner records work with a person on
 * probation (after shared/standards/hmpps/examples/PROPOSAL-fsm-contact-requested.json); committed
 * example in event-catalogue, events/caseload/examples/probation-contact-recorded.v1.json. Codes, ids and dates only: never
 * the notes, never a name.
 */
public record ContactRecordedForProbation(
        String eventType,
        int version,
        String description,
        String occurredAt,
        PersonReference personReference,
        AdditionalInformation additionalInformation) {

    /** The envelope's {@code eventType}, in HMPPS's own naming style. */
    public static final String EVENT_TYPE = "family-safeguarding.contact.recorded";
    /** The CloudEvent {@code ce_type} on {@code caseload.probation-contacts}. */
    public static final String TYPE = "org.familysafeguarding.caseload.probation-contact-recorded.v1";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public record PersonReference(List<Identifier> identifiers) {}

    public record Identifier(String type, String value) {}

    public record AdditionalInformation(
            String contactId,
            String contactDate,
            int durationMinutes,
            String contactType,
            String practitionerRole,
            String localAuthorityGssCode,
            boolean sensitive) {}

    public static ContactRecordedForProbation of(Contact contact) {
        return new ContactRecordedForProbation(
                EVENT_TYPE,
                1,
                "A Family Safeguarding practitioner recorded contact with a person on probation",
                contact.recordedAt().atZone(LONDON).toOffsetDateTime().toString(),
                new PersonReference(List.of(new Identifier("CRN", contact.crn()))),
                new AdditionalInformation(
                        contact.contactId().toString(),
                        contact.contactDate().toString(),
                        contact.durationMinutes(),
                        contact.contactType(),
                        contact.practitionerRole(),
                        contact.councilCode(),
                        true));
    }
}
