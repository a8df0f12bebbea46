package org.familysafeguarding.contracts.service;

import static org.familysafeguarding.platform.security.Roles.PROVIDER_MANAGER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.config.KpiConfig;
import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractRepository;
import org.familysafeguarding.contracts.domain.kpi.ClosedQuarter;
import org.familysafeguarding.contracts.domain.kpi.ClosedQuarterRepository;
import org.familysafeguarding.contracts.domain.kpi.FinancialQuarter;
import org.familysafeguarding.contracts.domain.kpi.KpiTargetRepository;
import org.familysafeguarding.contracts.domain.kpi.QuarterPerformance;
import org.familysafeguarding.contracts.domain.kpi.RecordedInterventionRepository;
import org.familysafeguarding.contracts.messaging.event.KpiMissed;
import org.familysafeguarding.platform.security.Caller;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

/**
 * How each contract performs against its KPIs by financial quarter, counted from caseload-service's
 * interventions of the contract's agency in its council on days it was live; and the close of a
 * quarter, which freezes its results and announces each KPI missed.
 */
@ApplicationScoped
public class KpiPerformance {

    private static final Logger LOG = Logger.getLogger(KpiPerformance.class);

    private final ContractAccess access;
    private final ContractRepository contracts;
    private final KpiTargetRepository targets;
    private final RecordedInterventionRepository interventions;
    private final ClosedQuarterRepository closed;
    private final KpiRegister register;
    private final ContractsEvents events;
    private final KpiConfig config;
    private final Caller caller;
    private final Clock clock;

    public KpiPerformance(
            ContractAccess access,
            ContractRepository contracts,
            KpiTargetRepository targets,
            RecordedInterventionRepository interventions,
            ClosedQuarterRepository closed,
            KpiRegister register,
            ContractsEvents events,
            KpiConfig config,
            Caller caller,
            Clock clock) {
        this.access = access;
        this.contracts = contracts;
        this.targets = targets;
        this.interventions = interventions;
        this.closed = closed;
        this.register = register;
        this.events = events;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    /** The quarter's results: frozen once closed, otherwise as the events stand now. */
    @Transactional
    public QuarterPerformance of(UUID contractId, FinancialQuarter quarter) {
        return of(access.readable(contractId), quarter);
    }

    /**
     * The contracts with KPIs the caller may see (their council's, or a provider manager's agency's),
     * for an overview of one quarter.
     */
    public PanacheQuery<Contract> withKpisVisible() {
        String withKpis = " and exists (select 1 from KpiTarget k where k.contractId = c.id)";
        Sort order = Sort.by("c.startDate").and("c.id");
        if (caller.hasRole(PROVIDER_MANAGER) && caller.agency().isPresent()) {
            return contracts.find(
                    "from Contract c where c.agencyId = ?1" + withKpis,
                    order,
                    caller.agency().get());
        }
        return contracts.find(
                "from Contract c where c.councilCode = ?1" + withKpis,
                order,
                caller.council().orElse(""));
    }

    /** A visible contract's quarter, as {@link #of(UUID, FinancialQuarter)}. */
    public QuarterPerformance of(Contract contract, FinancialQuarter quarter) {
        FinancialQuarter asked = quarter == null ? FinancialQuarter.of(LocalDate.now(clock)) : quarter;
        return closed.findByIdOptional(new ClosedQuarter.Key(contract.id(), asked.toString()))
                .map(ClosedQuarter::performance)
                .orElseGet(() -> current(contract, asked));
    }

    public PanacheQuery<ClosedQuarter> history(UUID contractId) {
        return closed.ofContract(access.readable(contractId).id());
    }

    /**
     * Closes every quarter that ended at least {@code contracts.kpi.close-after-days} before
     * {@code today}, for each contract with KPIs, from the quarter it went live until the one it
     * ended in. A quarter closes once; each KPI below target is published as kpi-missed.
     */
    public int closeQuarters(LocalDate today) {
        FinancialQuarter upTo = FinancialQuarter.lastClosedBy(today, config.closeAfterDays());
        int count = 0;
        for (UUID id : QuarkusTransaction.requiringNew().call(targets::liveContractsWithTargets)) {
            try {
                count += QuarkusTransaction.requiringNew().call(() -> closeFor(id, upTo));
            } catch (RuntimeException e) {
                // e.g. another instance closed the same quarter first: its key refused ours; the next run retries
                LOG.warnf("Quarters of contract %s not closed this run: %s", id, e.getMessage());
            }
        }
        if (count > 0) {
            LOG.infof("%d contract quarter(s) closed up to %s", count, upTo);
        }
        return count;
    }

    private int closeFor(UUID contractId, FinancialQuarter upTo) {
        Contract contract = contracts.findById(contractId);
        FinancialQuarter last = contract.endedOn() != null
                        && FinancialQuarter.of(contract.endedOn()).compareTo(upTo) < 0
                ? FinancialQuarter.of(contract.endedOn())
                : upTo;
        int count = 0;
        for (FinancialQuarter q = FinancialQuarter.of(contract.liveOn()); q.compareTo(last) <= 0; q = q.next()) {
            if (closed.isClosed(contract.id(), q)) {
                continue;
            }
            QuarterPerformance performance = current(contract, q);
            if (performance.results().isEmpty()) {
                // no KPI was in force yet: nothing to close, and nothing missed before a KPI was agreed
                continue;
            }
            closed.persist(ClosedQuarter.close(contract.id(), performance, Instant.now(clock)));
            for (QuarterPerformance.KpiResult r : performance.results()) {
                if (r.missed()) {
                    events.publish(new KpiMissed(
                            contract.id(),
                            contract.councilCode(),
                            contract.agencyId(),
                            q.toString(),
                            q.start(),
                            q.end(),
                            r.interventionType().name(),
                            r.target(),
                            r.actual(),
                            r.percentOfTarget(),
                            r.rating().name()));
                }
            }
            count++;
        }
        return count;
    }

    private QuarterPerformance current(Contract contract, FinancialQuarter quarter) {
        List<String> services = contract.services().stream().map(Enum::name).toList();
        QuarterPerformance.InterventionCounts counts = (type, from, to, oncePerFamily) -> contract.agencyId() == null
                ? 0
                : interventions.count(
                        contract.agencyId(), contract.councilCode(), services, type, from, to, oncePerFamily);
        return QuarterPerformance.rate(
                quarter,
                register.inForce(contract).bands(),
                targets.allOf(contract.id()),
                contract.liveOn(),
                contract.endedOn(),
                counts);
    }
}
