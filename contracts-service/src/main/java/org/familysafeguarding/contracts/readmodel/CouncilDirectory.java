package org.familysafeguarding.contracts.readmodel;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.procurement.CouncilDecisionThresholds;
import org.familysafeguarding.contracts.messaging.inbound.CouncilRegistered;
import org.familysafeguarding.contracts.messaging.inbound.CouncilUpdated;
import org.familysafeguarding.platform.inbox.UnreadableEvent;

/** Keeps this service's copy of the councils and their decision thresholds in step with partners-service. */
@ApplicationScoped
public class CouncilDirectory {

    private final CouncilRepository councils;
    private final Clock clock;

    public CouncilDirectory(CouncilRepository councils, Clock clock) {
        this.councils = councils;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CouncilRegistered event) {
        follow(
                event.councilCode(),
                event.name(),
                event.decisionThresholds(),
                event.registeredAt(),
                "council-registered");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CouncilUpdated event) {
        follow(event.councilCode(), event.name(), event.decisionThresholds(), event.updatedAt(), "council-updated");
    }

    private void follow(String code, String name, CouncilRegistered.Thresholds t, Instant asOf, String type) {
        if (code == null
                || name == null
                || asOf == null
                || t == null
                || t.keyDecision() == null
                || t.officerUpTo() == null
                || t.cabinetMemberUpTo() == null) {
            throw new UnreadableEvent(type + " event lacks councilCode, name, its time or a decision threshold");
        }
        var thresholds = new CouncilDecisionThresholds(t.keyDecision(), t.officerUpTo(), t.cabinetMemberUpTo());
        Instant now = Instant.now(clock);
        councils.findByIdOptional(code)
                .ifPresentOrElse(
                        known -> known.follow(name, thresholds, asOf, now),
                        () -> councils.persist(Council.known(code, name, thresholds, asOf, now)));
    }
}
