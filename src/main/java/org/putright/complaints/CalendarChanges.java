package org.putright.complaints;

import org.putright.calendar.NonWorkingDaysChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deadlines are derived from the calendar, so when the landlord adds or withdraws a non-working day the work queue's
 * deadlines are recomputed (after the calendar change commits; the publication registry retries it if this fails).
 */
@Component
class CalendarChanges {

    private static final Logger log = LoggerFactory.getLogger(CalendarChanges.class);

    private final ComplaintService complaints;

    CalendarChanges(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @ApplicationModuleListener
    void on(NonWorkingDaysChanged change) {
        int changed = complaints.refreshDeadlines();
        log.info("Non-working day {} changed: {} open complaints' deadlines recomputed", change.date(), changed);
    }
}
