package org.familysafeguarding.caseload.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.messaging.inbound.ContractEnded;
import org.familysafeguarding.caseload.messaging.inbound.ContractWentLive;
import org.familysafeguarding.platform.inbox.UnreadableEvent;

/** Keeps this service's copy of which agency is commissioned for which partner services where, from contracts-service. */
@ApplicationScoped
public class CommissionDirectory {

    private final CommissionRepository commissions;
    private final Clock clock;

    public CommissionDirectory(CommissionRepository commissions, Clock clock) {
        this.commissions = commissions;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ContractWentLive event) {
        if (event.contractId() == null
                || event.councilCode() == null
                || event.agencyId() == null
                || event.liveOn() == null
                || event.services() == null) {
            throw new UnreadableEvent(
                    "contract-went-live event lacks contractId, councilCode, agencyId, services or liveOn");
        }
        commission(event.contractId(), event.councilCode(), event.agencyId(), event.services())
                .wentLive(event.liveOn(), event.initialEndDate(), new HashSet<>(event.services()), Instant.now(clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ContractEnded event) {
        if (event.contractId() == null
                || event.councilCode() == null
                || event.agencyId() == null
                || event.endedOn() == null) {
            throw new UnreadableEvent("contract-ended event lacks contractId, councilCode, agencyId or endedOn");
        }
        commission(
                        event.contractId(),
                        event.councilCode(),
                        event.agencyId(),
                        event.services() == null ? List.of() : event.services())
                .ended(event.endedOn(), Instant.now(clock));
    }

    private Commission commission(UUID contractId, String council, UUID agency, List<String> services) {
        return commissions.findByIdOptional(contractId).orElseGet(() -> {
            var commission = Commission.of(contractId, council, agency, new HashSet<>(services), Instant.now(clock));
            commissions.persist(commission);
            return commission;
        });
    }
}
