package org.familysafeguarding.caseload.messaging.event;

/**
 * The events caseload-service publishes on {@code caseload.events}. Each type is versioned in its
 * CloudEvent type; a committed example per version and the schema live in module event-catalogue
 * ({@code events/caseload/}). No personal
 * data: ids, codes, dates and counts only.
 */
public sealed interface CaseloadEvent
        permits InterventionRecorded,
                InterventionVoided,
                GroupSupervisionAgreed,
                WorkbookModuleCompleted,
                NhsReferralReceived,
                ProbationRiskFlagChanged {

    /** The CloudEvent {@code ce_type} (not {@code type()}: an intervention event's payload has its own {@code type}). */
    String eventType();

    /** The Kafka key and CloudEvent subject: the id of what the event reports (intervention, session, workbook entry). */
    String aggregateId();
}
