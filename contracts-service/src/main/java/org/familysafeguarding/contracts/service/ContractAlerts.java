package org.familysafeguarding.contracts.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.alert.AlertKind;
import org.familysafeguarding.contracts.domain.alert.ContractAlert;
import org.familysafeguarding.contracts.domain.alert.ContractAlertRepository;
import org.familysafeguarding.contracts.domain.alert.ContractDeadline;
import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.messaging.event.ContractEndDrewNear;
import org.familysafeguarding.contracts.messaging.event.ExtensionDecisionFellDue;
import org.familysafeguarding.platform.security.Caller;
import org.jboss.logging.Logger;

/**
 * Contracts whose extension decision is due, or which end, within 180, 90 or 30 days: listed for
 * the council, and announced once per threshold by a daily job.
 */
@ApplicationScoped
public class ContractAlerts {

    private static final Logger LOG = Logger.getLogger(ContractAlerts.class);
    private static final int WIDEST = ContractDeadline.THRESHOLDS.get(0);

    private final ContractAlertRepository alerts;
    private final ContractsEvents events;
    private final Caller caller;
    private final Clock clock;

    public ContractAlerts(ContractAlertRepository alerts, ContractsEvents events, Caller caller, Clock clock) {
        this.alerts = alerts;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    /** The caller's council's deadlines from today to {@code within} days ahead, soonest first. */
    @Transactional
    public List<ContractDeadline> dueWithin(int within) {
        LocalDate today = LocalDate.now(clock);
        return alerts.commissionedWithDatesBetween(caller.council().orElse(""), today, today.plusDays(within)).stream()
                .flatMap(c -> ContractDeadline.of(c, today, within).stream())
                .sorted(Comparator.comparing(ContractDeadline::dueOn)
                        .thenComparing(d -> d.contract().id()))
                .toList();
    }

    /**
     * Raises each deadline's alert at the tightest threshold it has reached, once. A threshold
     * passed over (the first run found 20 days left) is recorded as not published, so only the
     * 30-day alert goes out, not three at once. A moved date (an extension) starts its alerts again.
     */
    @Transactional
    public int raise(LocalDate today) {
        Instant now = Instant.now(clock);
        int published = 0;
        for (Contract contract : alerts.commissionedWithDatesBetween(today, today.plusDays(WIDEST))) {
            for (ContractDeadline deadline : ContractDeadline.of(contract, today, WIDEST)) {
                if (alerts.raised(deadline)) {
                    continue;
                }
                alerts.persist(ContractAlert.raised(
                        contract.id(), deadline.kind(), deadline.dueOn(), deadline.thresholdDays(), true, now));
                for (int wider : deadline.widerThresholds()) {
                    if (alerts.findByIdOptional(
                                    new ContractAlert.Key(contract.id(), deadline.kind(), deadline.dueOn(), wider))
                            .isEmpty()) {
                        alerts.persist(ContractAlert.raised(
                                contract.id(), deadline.kind(), deadline.dueOn(), wider, false, now));
                    }
                }
                events.publish(event(deadline));
                published++;
            }
        }
        if (published > 0) {
            LOG.infof("%d contract alert(s) raised", published);
        }
        return published;
    }

    private static org.familysafeguarding.contracts.messaging.event.ContractsEvent event(ContractDeadline d) {
        Contract c = d.contract();
        int optionsLeft = c.term().extensionOptionMonths().size() - c.extensionsTaken();
        return d.kind() == AlertKind.ENDING
                ? new ContractEndDrewNear(
                        c.id(), c.councilCode(), c.agencyId(), d.dueOn(), d.thresholdDays(), d.daysLeft(), optionsLeft)
                : new ExtensionDecisionFellDue(
                        c.id(),
                        c.councilCode(),
                        c.agencyId(),
                        d.dueOn(),
                        d.thresholdDays(),
                        d.daysLeft(),
                        c.currentEndDate(),
                        optionsLeft);
    }
}
