package org.familysafeguarding.partners.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Lapses accreditations by themselves when a mandatory check's expiry date has passed. */
@ApplicationScoped
public class AccreditationExpiry {

    private static final Logger LOG = Logger.getLogger(AccreditationExpiry.class);

    private final DueDiligence dueDiligence;
    private final Clock clock;

    public AccreditationExpiry(DueDiligence dueDiligence, Clock clock) {
        this.dueDiligence = dueDiligence;
        this.clock = clock;
    }

    @Scheduled(cron = "${partners.accreditation.expiry-cron:0 5 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void lapseExpired() {
        int lapsed = dueDiligence.lapseExpired(LocalDate.now(clock));
        if (lapsed > 0) {
            LOG.infof("%d accreditation(s) lapsed: a mandatory check expired", lapsed);
        }
    }
}
