package org.putright.correspondence.mail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.ComplaintView.ExtensionView;
import org.putright.complaints.ComplaintView.StageView;
import org.putright.complaints.Status;
import org.putright.correspondence.mail.CorrespondenceItem.Direction;

/**
 * 5.9: while a late response is awaited, the resident hears from us at the intervals agreed with the extension. The
 * next update is due that many working days after the last contact: the extension notice, or anything we sent since
 * (a letter, an email, a call logged). Derived from the record each time, so nothing can drift out of step.
 */
final class KeepingInformed {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    record NextUpdate(int everyWorkingDays, LocalDate agreedOn, LocalDate lastContact, LocalDate dueBy, boolean overdue) {
    }

    private KeepingInformed() {
    }

    static Optional<NextUpdate> nextUpdate(ComplaintView complaint, List<CorrespondenceItem> correspondence, WorkingDays workingDays) {
        if (complaint.status() != Status.UNDER_INVESTIGATION) {
            return Optional.empty();
        }
        StageView stage = complaint.stages().get(complaint.stage() - 1);
        ExtensionView agreed = null;
        for (ExtensionView extension : stage.extensions()) {
            if (extension.updateEveryWorkingDays() != null && extension.residentInformedOn() != null) {
                agreed = extension;
            }
        }
        if (agreed == null) {
            return Optional.empty();
        }
        LocalDate last = agreed.residentInformedOn();
        for (CorrespondenceItem item : correspondence) {
            if (item.direction() == Direction.OUT && item.occurredAt() != null) {
                LocalDate sent = item.occurredAt().atZone(LONDON).toLocalDate();
                if (sent.isAfter(last)) {
                    last = sent;
                }
            }
        }
        LocalDate due = workingDays.addWorkingDays(last, agreed.updateEveryWorkingDays());
        return Optional.of(new NextUpdate(agreed.updateEveryWorkingDays(), agreed.residentInformedOn(), last, due,
                workingDays.today().isAfter(due)));
    }
}
