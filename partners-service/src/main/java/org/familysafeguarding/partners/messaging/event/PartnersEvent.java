package org.familysafeguarding.partners.messaging.event;

/**
 * The events partners-service publishes on {@code partners.events}. Each type is versioned in its
 * CloudEvent type; a committed example per version and the schema live in module event-catalogue
 * ({@code events/partners/}).
 */
public sealed interface PartnersEvent permits AgencyRegistered, AgencyUpdated, CouncilRegistered, CouncilUpdated, AgencyAccredited,
        AccreditationLapsed, PractitionerRegistered, PractitionerUpdated, TeamFormed, PractitionerJoinedTeam,
        PractitionerLeftTeam, AgreementSigned, AgreementEnded {

    /** The CloudEvent {@code ce_type}. */
    String type();

    /** The Kafka key and CloudEvent subject: the aggregate the event is about. */
    String aggregateId();
}
