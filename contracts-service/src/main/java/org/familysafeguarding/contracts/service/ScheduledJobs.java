package org.familysafeguarding.contracts.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.platform.schedule.ScheduledRuns;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * The daily jobs: close the KPI quarters that are due, and raise contract alerts; once a day however
 * many instances run ({@link ScheduledRuns}). Tests call the services directly.
 */
@ApplicationScoped
public class ScheduledJobs {

    private final KpiPerformance performance;
    private final ContractAlerts alerts;
    private final Clock clock;
    private final ScheduledRuns runs;

    public ScheduledJobs(KpiPerformance performance, ContractAlerts alerts, Clock clock, ScheduledRuns runs) {
        this.performance = performance;
        this.alerts = alerts;
        this.clock = clock;
        this.runs = runs;
    }

    @Scheduled(
            identity = "kpi-quarter-close",
            cron = "${contracts.kpi.close-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeKpiQuarters(ScheduledExecution execution) {
        if (runs.claim("kpi-quarter-close", execution)) {
            performance.closeQuarters(LocalDate.now(clock));
        }
    }

    @Scheduled(
            identity = "contract-alerts",
            cron = "${contracts.alerts.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void raiseContractAlerts(ScheduledExecution execution) {
        if (runs.claim("contract-alerts", execution)) {
            alerts.raise(LocalDate.now(clock));
        }
    }
}
