package org.familysafeguarding.contracts.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** The daily jobs: close the KPI quarters that are due, and raise contract alerts. Tests call the services directly. */
@ApplicationScoped
public class ScheduledJobs {

    private final KpiPerformance performance;
    private final ContractAlerts alerts;
    private final Clock clock;

    public ScheduledJobs(KpiPerformance performance, ContractAlerts alerts, Clock clock) {
        this.performance = performance;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Scheduled(identity = "kpi-quarter-close", cron = "${contracts.kpi.close-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeKpiQuarters() {
        performance.closeQuarters(LocalDate.now(clock));
    }

    @Scheduled(identity = "contract-alerts", cron = "${contracts.alerts.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void raiseContractAlerts() {
        alerts.raise(LocalDate.now(clock));
    }
}
