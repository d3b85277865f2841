package org.putright.remedies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.CaseContributions;
import org.springframework.stereotype.Component;

/**
 * The "Putting things right" section of the case page: each remedy with where it has got to and the money offered and
 * paid (7.4), each promised action with its status and open alerts (6.6, 6.17), and what was learned (9.1).
 */
@Component
class PuttingThingsRight implements CaseContributions {

    private final FinancialRemedies remedies;
    private final PromisedActions actions;
    private final RemedyAlerts alerts;
    private final Learning learning;
    private final WorkingDays workingDays;
    private final Words words = new Words();

    PuttingThingsRight(FinancialRemedies remedies, PromisedActions actions, RemedyAlerts alerts, Learning learning, WorkingDays workingDays) {
        this.remedies = remedies;
        this.actions = actions;
        this.alerts = alerts;
        this.learning = learning;
        this.workingDays = workingDays;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Section> sections(UUID complaintId) {
        List<Item> items = new ArrayList<>();
        String remediesPage = "/cases/" + complaintId + "/remedies";
        FinancialRemedies.Remedies tracked = remedies.forComplaint(complaintId);
        for (FinancialRemedies.TrackedRemedy r : tracked.remedies()) {
            String title = "Stage " + r.stage() + " remedy " + (r.index() + 1) + ": " + words.label(r.type())
                    + (r.offeredTotal() != null ? ", " + words.money(r.offeredTotal()) : "");
            String detail = r.description() + switch (r.status()) {
                case ACCEPTED -> "\nAccepted on " + words.date(r.decidedOn());
                case DECLINED -> "\nDeclined on " + words.date(r.decidedOn());
                case PAID -> "\nPaid " + words.money(r.amountPaid()) + " on " + words.date(r.paidOn());
                case OFFERED -> "";
            };
            items.add(new Item(title, detail, null, remediesPage + "#remedy-" + r.stage() + "-" + r.index(), words.label(r.status())));
        }
        if (tracked.totalOffered().signum() > 0 || tracked.totalPaid().signum() > 0) {
            items.add(new Item("Money", "Offered " + words.money(tracked.totalOffered()) + "; paid " + words.money(tracked.totalPaid()), null,
                    remediesPage, null));
        }
        LocalDate today = workingDays.today();
        List<RemedyAlerts.Alert> open = alerts.list(true, complaintId);
        for (PromisedActions.Action a : actions.forComplaint(complaintId)) {
            String status = a.completedOn() != null ? "DONE" : alerts.status(a.dueOn(), today);
            long alertCount = open.stream().filter(al -> al.stage() == a.stage() && al.actionIndex() == a.index()).count();
            String detail = (a.owner() != null ? a.owner() + ", " : "") + "due " + words.date(a.dueOn())
                    + (a.completedOn() != null ? "; done " + words.date(a.completedOn()) : "")
                    + (alertCount > 0 ? "; " + alertCount + (alertCount == 1 ? " open alert" : " open alerts") : "");
            items.add(new Item("Promised: " + a.description(), detail, null, a.completedOn() == null ? "/promises" : null, status));
        }
        for (Learning.Lesson lesson : learning.lessons(complaintId)) {
            String improvements = lesson.improvements().isEmpty() ? ""
                    : "\nImprovements: " + String.join("; ", lesson.improvements().stream().map(Learning.ImprovementRef::title).toList());
            items.add(new Item("Learning", lesson.lesson() + improvements, lesson.recordedAt(), null, null));
        }
        return List.of(new Section("putting-things-right", "Putting things right",
                "No remedies, promised actions or learning are recorded for this complaint yet.", items,
                List.of(new Link("Remedies: record acceptance or payment", remediesPage),
                        new Link("Record what was learned", "/cases/" + complaintId + "/learning"),
                        new Link("Open promises across all cases", "/promises"),
                        new Link("Service improvements register", "/improvements"))));
    }
}
