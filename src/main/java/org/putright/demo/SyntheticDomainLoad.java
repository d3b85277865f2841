package org.putright.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintService.NewComplaint;
import org.putright.complaints.Definition;
import org.putright.complaints.ResponseDraft;
import org.putright.identity.Role;
import org.putright.ombudsman.OmbudsmanRecords;
import org.putright.reporting.ReportingYear;
import org.putright.reporting.TsmHomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's sink of {@link SyntheticHistory}: every step through {@link ComplaintService}, as the member of staff who
 * did it, so the history has everything a real one has (events, letters, resident records, report rows, the queue). A
 * case a rule refuses is logged and left where it stopped.
 */
@Component
class SyntheticDomainLoad {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDomainLoad.class);
    /** The demo staff who play each part (DemoData creates them). */
    static final String OFFICER = "sam.officer";
    static final Map<String, Role> ROLES = Map.of("sam.officer", Role.COMPLAINTS_OFFICER, "casey.officer", Role.COMPLAINTS_OFFICER,
            "ivan.investigator", Role.INVESTIGATING_OFFICER, "morgan.manager", Role.MANAGER);

    /** How many cases were loaded, and how many stopped early because a rule refused a step. */
    record Result(int cases, int refused, long millis) {
    }

    private final ComplaintService complaints;
    private final WorkingDays workingDays;
    private final TsmHomes tsmHomes;
    private final OmbudsmanRecords ombudsman;

    SyntheticDomainLoad(ComplaintService complaints, WorkingDays workingDays, TsmHomes tsmHomes, OmbudsmanRecords ombudsman) {
        this.complaints = complaints;
        this.ombudsman = ombudsman;
        this.workingDays = workingDays;
        this.tsmHomes = tsmHomes;
    }

    /**
     * The demo's landlord refers one stage 2 complaint in two to the Ombudsman, not one in seven: a thousand homes over two
     * years would otherwise have a case or two, too few to show the register, its orders and compliance.
     */
    static final double DEMO_OMBUDSMAN_SHARE = 0.5;

    static SyntheticHistory.Parameters parameters(int homes, int years, LocalDate today, long seed) {
        return new SyntheticHistory.Parameters(homes, today.minusYears(years).plusDays(1), today, seed,
                java.util.List.of("casey.officer", "ivan.investigator"), java.util.List.of("morgan.manager"), OFFICER, "D",
                DEMO_OMBUDSMAN_SHARE);
    }

    Result load(SyntheticHistory.Parameters parameters) {
        long started = System.nanoTime();
        LocalDate today = workingDays.today();
        SyntheticHistory history = new SyntheticHistory(parameters, workingDays.current());
        int[] counts = new int[2];
        history.generate(c -> {
            DomainSteps steps = new DomainSteps();
            try {
                history.play(c, steps, today);
            }
            catch (RuntimeException e) {
                counts[1]++;
                log.warn("Synthetic case {} stopped: {}", c.number(), e.getMessage());
            }
            if (steps.id != null) {
                counts[0]++; // received by today
            }
        });
        for (int year = ReportingYear.containing(parameters.from()).year(); year <= ReportingYear.containing(today).year(); year++) {
            tsmHomes.record(new ReportingYear(year), parameters.homes(), OFFICER);
        }
        return new Result(counts[0], counts[1], (System.nanoTime() - started) / 1_000_000);
    }

    private final class DomainSteps implements SyntheticHistory.Steps {

        private UUID id;
        private UUID ombudsmanCase;
        private final Map<Integer, UUID> ombudsmanOrders = new java.util.HashMap<>();

        @Override
        public void receive(SyntheticCase c, NewComplaint request, String actor) {
            as(actor);
            id = complaints.receive(request, null).complaint().id();
        }

        @Override
        public void at(LocalDate day, String actor) {
            as(actor);
        }

        @Override
        public void categorise(String serviceArea, String cause, String team) {
            complaints.categorise(id, serviceArea, cause, team);
        }

        @Override
        public void triageAsServiceRequest(String reasons) {
            complaints.triage(id, "SERVICE_REQUEST", reasons, true);
        }

        @Override
        public void resolveServiceRequest(LocalDate resolvedOn, String summary) {
            complaints.resolveServiceRequest(id, resolvedOn, summary);
        }

        @Override
        public void acknowledge(LocalDate acknowledgedOn, String handler, Definition definition) {
            complaints.acknowledge(id, acknowledgedOn, handler, definition);
        }

        @Override
        public void extend(int days, String reason, LocalDate residentInformedOn, String goodReason, Integer updateEveryWorkingDays) {
            complaints.extend(id, days, reason, residentInformedOn, goodReason, updateEveryWorkingDays);
        }

        @Override
        public void respond(ResponseDraft draft) {
            complaints.respond(id, draft);
        }

        @Override
        public void completeOutstandingAction(int stage, int action, LocalDate completedOn, String evidence) {
            complaints.completeOutstandingAction(id, stage, action, completedOn, evidence);
        }

        @Override
        public void requestEscalation(LocalDate requestedOn, String reason) {
            complaints.requestEscalation(id, requestedOn, reason);
        }

        @Override
        public void refuse(String ground, String reasons, String discretionConsidered, LocalDate decidedOn) {
            complaints.refuse(id, ground, reasons, discretionConsidered, decidedOn);
        }

        @Override
        public void addNote(String text) {
            complaints.addNote(id, text);
        }

        @Override
        public void close(LocalDate closedOn, String reason) {
            complaints.close(id, closedOn, reason);
        }

        @Override
        public void referToOmbudsman(String ombudsmanReference, LocalDate referredOn) {
            ombudsmanCase = ombudsman.refer(ombudsmanReference, complaints.get(id).reference(), referredOn);
        }

        @Override
        public void ombudsmanInvestigating(LocalDate on) {
            ombudsman.investigating(ombudsmanCase, on, null);
        }

        @Override
        public void ombudsmanDetermination(LocalDate determinedOn, java.util.List<OmbudsmanRecords.Element> elements) {
            ombudsman.determine(ombudsmanCase, determinedOn, elements);
        }

        @Override
        public void ombudsmanOrder(int order, OmbudsmanRecords.OrderKind kind, String description, LocalDate madeOn, LocalDate dueOn) {
            ombudsmanOrders.put(order, ombudsman.order(ombudsmanCase, kind, description, madeOn, dueOn));
        }

        @Override
        public void ombudsmanCompliance(int order, LocalDate compliedOn, String evidence) {
            ombudsman.comply(ombudsmanCase, ombudsmanOrders.get(order), compliedOn, evidence);
        }

        private void as(String actor) {
            DemoData.as(actor, Set.of(ROLES.getOrDefault(actor, Role.COMPLAINTS_OFFICER)));
        }
    }
}
