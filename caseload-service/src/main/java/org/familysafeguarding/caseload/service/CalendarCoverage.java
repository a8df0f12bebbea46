package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.familysafeguarding.caseload.domain.calendar.WorkingDayCalendar;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Says loudly, at every start, when the bank holidays known run out within the next 15 months: after
 * them assessment timescales and conference targets cannot be counted and are left empty (review
 * finding C11). Add the next years to calendar/bank-holidays-england-and-wales.csv (gov.uk publishes
 * them about two years ahead).
 */
@ApplicationScoped
public class CalendarCoverage {

    private static final Logger LOG = Logger.getLogger(CalendarCoverage.class);
    static final int WARN_MONTHS_AHEAD = 15;

    private final Clock clock;

    public CalendarCoverage(Clock clock) {
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        warning(LocalDate.now(clock)).ifPresent(LOG::warn);
    }

    /** The warning to give on the day, if the calendar ends within the months ahead. */
    public static java.util.Optional<String> warning(LocalDate today) {
        WorkingDayCalendar calendar = WorkingDayCalendar.ENGLAND_AND_WALES;
        LocalDate ahead = today.plusMonths(WARN_MONTHS_AHEAD);
        if (calendar.covers(ahead)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("The bank holidays known end with " + calendar.lastYear()
                + ": working-day timescales (assessments, conference targets) after it will be empty. "
                + "Add the next years to calendar/bank-holidays-england-and-wales.csv.");
    }
}
