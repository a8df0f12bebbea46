package org.familysafeguarding.partners.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.platform.schedule.ScheduledRuns;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Lapses accreditations by themselves when a mandatory check's expiry date has passed; once per
 * scheduled time however many instances run ({@link ScheduledRuns}).
 */
@ApplicationScoped
public class AccreditationExpiry {

    private static final Logger LOG = Logger.getLogger(AccreditationExpiry.class);

    private final DueDiligence dueDiligence;
    private final Clock clock;
    private final ScheduledRuns runs;

    public AccreditationExpiry(DueDiligence dueDiligence, Clock clock, ScheduledRuns runs) {
        this.dueDiligence = dueDiligence;
        this.clock = clock;
        this.runs = runs;
    }

    @Scheduled(
            cron = "${partners.accreditation.expiry-cron:0 5 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void lapseExpired(ScheduledExecution execution) {
        if (!runs.claim("accreditation-expiry", execution)) {
            return;
        }
        int lapsed = dueDiligence.lapseExpired(LocalDate.now(clock));
        if (lapsed > 0) {
            LOG.infof("%d accreditation(s) lapsed: a mandatory check expired", lapsed);
        }
    }
}
