package org.familysafeguarding.contracts.messaging.event;

/**
 * The events contracts-service publishes on {@code contracts.events}. Each type is versioned in its
 * CloudEvent type; a committed example per version and the schema live in module event-catalogue
 * ({@code events/contracts/}).
 */
public sealed interface ContractsEvent
        permits ContractAwarded,
                ContractWentLive,
                ContractEnded,
                KpiMissed,
                ContractEndDrewNear,
                ExtensionDecisionFellDue {

    /** The CloudEvent {@code ce_type}. */
    String type();

    /** The Kafka key and CloudEvent subject: the contract id. */
    String aggregateId();
}
