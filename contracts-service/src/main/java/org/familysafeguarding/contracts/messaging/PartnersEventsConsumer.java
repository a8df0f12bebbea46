package org.familysafeguarding.contracts.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.familysafeguarding.contracts.messaging.inbound.AccreditationLapsed;
import org.familysafeguarding.contracts.messaging.inbound.AgencyAccredited;
import org.familysafeguarding.contracts.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.contracts.messaging.inbound.AgencyUpdated;
import org.familysafeguarding.contracts.messaging.inbound.CouncilRegistered;
import org.familysafeguarding.contracts.messaging.inbound.CouncilUpdated;
import org.familysafeguarding.contracts.messaging.inbound.PractitionerJoinedTeam;
import org.familysafeguarding.contracts.messaging.inbound.PractitionerLeftTeam;
import org.familysafeguarding.contracts.messaging.inbound.PractitionerRegistered;
import org.familysafeguarding.contracts.messaging.inbound.TeamFormed;
import org.familysafeguarding.contracts.service.AccreditationRegister;
import org.familysafeguarding.contracts.service.AgencyDirectory;
import org.familysafeguarding.contracts.service.CouncilDirectory;
import org.familysafeguarding.contracts.service.WorkforceDirectory;
import org.familysafeguarding.platform.inbox.IdempotentConsumer;
import org.familysafeguarding.platform.inbox.InboundEvent;

import io.smallrye.common.annotation.Blocking;

/** Follows {@code partners.events}; event types this service has no use for are passed over. */
@ApplicationScoped
public class PartnersEventsConsumer {

    private final IdempotentConsumer consumer;
    private final AgencyDirectory agencies;
    private final CouncilDirectory councils;
    private final AccreditationRegister accreditations;
    private final WorkforceDirectory workforce;

    public PartnersEventsConsumer(IdempotentConsumer consumer, AgencyDirectory agencies, CouncilDirectory councils,
            AccreditationRegister accreditations, WorkforceDirectory workforce) {
        this.consumer = consumer;
        this.agencies = agencies;
        this.councils = councils;
        this.accreditations = accreditations;
        this.workforce = workforce;
    }

    @Incoming("partners-events")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        return consumer.consume(message, this::apply);
    }

    private void apply(InboundEvent event) {
        switch (event.type()) {
            case AgencyRegistered.TYPE -> agencies.record(consumer.read(event, AgencyRegistered.class));
            case AgencyUpdated.TYPE -> agencies.record(consumer.read(event, AgencyUpdated.class));
            case CouncilRegistered.TYPE -> councils.record(consumer.read(event, CouncilRegistered.class));
            case CouncilUpdated.TYPE -> councils.record(consumer.read(event, CouncilUpdated.class));
            case AgencyAccredited.TYPE -> accreditations.record(consumer.read(event, AgencyAccredited.class));
            case AccreditationLapsed.TYPE -> accreditations.record(consumer.read(event, AccreditationLapsed.class));
            case PractitionerRegistered.TYPE, PractitionerRegistered.UPDATED_TYPE ->
                workforce.record(consumer.read(event, PractitionerRegistered.class));
            case TeamFormed.TYPE -> workforce.record(consumer.read(event, TeamFormed.class));
            case PractitionerJoinedTeam.TYPE -> workforce.record(consumer.read(event, PractitionerJoinedTeam.class));
            case PractitionerLeftTeam.TYPE -> workforce.record(consumer.read(event, PractitionerLeftTeam.class));
            default -> {
                // not of interest to this service
            }
        }
    }
}
