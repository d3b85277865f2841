package org.putright.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.putright.calendar.LondonDates;
import org.putright.calendar.WorkingDayCalendar;
import org.putright.complaints.Channel;
import org.putright.complaints.ComplaintService.NewComplaint;
import org.putright.complaints.Decision;
import org.putright.complaints.Definition;
import org.putright.complaints.OutstandingAction;
import org.putright.complaints.PointDecision;
import org.putright.complaints.Remedy;
import org.putright.complaints.Resident;
import org.putright.complaints.ResponseDraft;
import org.putright.ombudsman.Finding;
import org.putright.ombudsman.OmbudsmanRecords;
import org.putright.ombudsman.OmbudsmanRecords.OrderKind;

/**
 * A landlord's complaint history, made up: {@code homes} homes from {@code from} to {@code to}, the same for the same
 * seed. Rates are set near the English sector's published figures (Housing Ombudsman annual complaint reviews, Tenant
 * Satisfaction Measures CH01/CH02): about 40 stage 1 complaints per 1,000 homes a year plus 7 service requests, a third
 * more in winter than in summer (damp and mould, heating); one in 25 refused, by ground; one in 5 escalated to stage 2,
 * a few of those refused; acknowledgements about nine in ten on time, responses about four in five, one in seven
 * extended (a few beyond 10 working days, with a good reason); about 60% upheld in whole or part with apologies,
 * compensation and promised actions, most of them done. Three complaints in ten come from one home in 200 (repeat
 * complainants and properties, 9.4). About one stage 2 complaint in seven goes on to the Housing Ombudsman (about one case
 * a year per 1,000 homes, as landlords' Ombudsman reports show), most determined with a finding of service failure or
 * maladministration on at least one element and orders to put it right, most complied with on time.
 *
 * <p>Each case is a plan ({@link SyntheticCase}); {@link #play} walks it through a sink step by step, stopping at the first
 * step after today, so the newest cases are still open. Two sinks: the real services (the demo) and a bulk loader that
 * writes the rows directly (the benchmark), both making their records with the same aggregate and rules.
 */
public final class SyntheticHistory {

    /**
     * Homes, the period received in (inclusive), the seed; handlers: who acknowledges and answers each stage; the officer
     * who takes complaints in; {@code estate}: a letter in every home's tenancy and property reference (TD-0000042), so two
     * histories can share a database; {@code ombudsmanShare}: of the complaints answered at stage 2, the share the Ombudsman
     * takes on ({@link #OMBUDSMAN_SHARE} unless given; the demo raises it so its small landlord has a register to show).
     */
    public record Parameters(int homes, LocalDate from, LocalDate to, long seed, List<String> stage1Handlers,
            List<String> stage2Handlers, String officer, String estate, double ombudsmanShare) {

        public Parameters(int homes, LocalDate from, LocalDate to, long seed, List<String> stage1Handlers, List<String> stage2Handlers,
                String officer, String estate) {
            this(homes, from, to, seed, stage1Handlers, stage2Handlers, officer, estate, OMBUDSMAN_SHARE);
        }

        public Parameters {
            if (ombudsmanShare < 0 || ombudsmanShare > 1) {
                throw new IllegalArgumentException("ombudsmanShare must be between 0 and 1");
            }
            if (homes < 1) {
                throw new IllegalArgumentException("homes must be at least 1");
            }
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to must not be before from");
            }
            if (stage1Handlers.isEmpty() || stage2Handlers.isEmpty() || stage2Handlers.stream().anyMatch(stage1Handlers::contains)) {
                throw new IllegalArgumentException("stage 2 needs handlers of its own (6.14: not the stage 1 handler)");
            }
        }
    }

    /** Stage 1 complaints (refusals included) and service requests per 1,000 homes a year. */
    static final double COMPLAINTS_PER_THOUSAND = 40;
    static final double SERVICE_REQUESTS_PER_THOUSAND = 7;

    /**
     * Of the complaints answered at stage 2, the share the Housing Ombudsman takes on: about one case a year per 1,000
     * homes against some seven stage 2 complaints (a council of 19,000 homes had 21 determinations in 2024/25).
     */
    public static final double OMBUDSMAN_SHARE = 0.15;
    /**
     * Findings per element, in {@link Finding}'s order (no maladministration, service failure, maladministration, severe
     * maladministration, reasonable redress, outside jurisdiction): failings in about three elements in five, as the
     * Ombudsman's recent reviews report; severe maladministration rare.
     */
    private static final double[] FINDING_SHARE = { 0.20, 0.17, 0.38, 0.04, 0.13, 0.08 };
    private static final String[] ELEMENTS = { "The landlord's handling of the complaint", "The landlord's record keeping" };

    /** January first: about a third more complaints in the winter months than in the summer. */
    private static final double[] SEASON = { 1.30, 1.22, 1.08, 0.95, 0.86, 0.80, 0.80, 0.82, 0.92, 1.05, 1.18, 1.02 };

    private static final String[] AREAS = { "REPAIRS", "DAMP_AND_MOULD", "ANTI_SOCIAL_BEHAVIOUR", "RENT_AND_CHARGES", "ESTATE_SERVICES",
            "TENANCY_MANAGEMENT", "CUSTOMER_SERVICE", "OTHER" };
    /** Summer shares; damp and mould's rises with the season (and repairs' heating complaints with it). */
    private static final double[] AREA_SHARE = { 0.44, 0.07, 0.09, 0.08, 0.09, 0.08, 0.11, 0.04 };
    private static final String[] CAUSES = { "DELAY", "QUALITY_OF_WORK", "COMMUNICATION", "STAFF_CONDUCT", "POLICY", "OTHER" };
    private static final double[] CAUSE_SHARE = { 0.40, 0.20, 0.20, 0.07, 0.08, 0.05 };
    private static final String[] TEAM_OF_AREA = { "REPAIRS_TEAM", "REPAIRS_TEAM", "HOUSING_MANAGEMENT", "INCOME_TEAM",
            "HOUSING_MANAGEMENT", "HOUSING_MANAGEMENT", "CUSTOMER_SERVICES", "CUSTOMER_SERVICES" };
    private static final Channel[] CHANNELS = Channel.values();
    private static final double[] CHANNEL_SHARE = { 0.38, 0.27, 0.05, 0.04, 0.22, 0.04 };
    private static final String[] FIRST = { "Alex", "Sam", "Jo", "Chris", "Pat", "Ali", "Kim", "Lee", "Ola", "Ravi", "Nadia", "Tom",
            "Grace", "Sunita", "Wei", "Maria", "Kwame", "Ella", "Jan", "Zara" };
    private static final String[] LAST = { "Smith", "Jones", "Taylor", "Brown", "Khan", "Patel", "Nowak", "Okafor", "Evans", "Hughes",
            "Wilson", "Ahmed", "Murphy", "Clarke", "Walker", "Ali", "Price", "Begum", "Lewis", "Shaw" };
    private static final String[] DISTRICTS = { "LS6", "LS7", "LS8", "LS9", "LS11", "LS12", "LS14", "LS15", "LS27", "LS28" };
    private static final String[][] WORDS = {
            { "The repair I reported weeks ago has still not been done.", "The repair was not done", "The repair done" },
            { "There is mould on the bedroom walls again and it is making us ill.", "Damp and mould not treated at its cause",
                    "The cause of the damp found and fixed" },
            { "I have reported the noise from next door many times and nothing has happened.", "Reports of nuisance not acted on",
                    "Action on the nuisance" },
            { "My rent account shows charges I do not owe.", "The rent account is wrong", "The account corrected" },
            { "The communal areas have not been cleaned for weeks.", "Communal cleaning not done", "Cleaning as scheduled" },
            { "I asked about a transfer months ago and have heard nothing.", "No answer about a transfer", "A decision on the transfer" },
            { "Nobody calls me back when they say they will.", "Call-backs not made", "Someone to keep me informed" },
            { "I am unhappy with how my enquiry was handled.", "The enquiry was handled badly", "An apology" } };
    private static final String[] NOTES = { "Called the resident to talk it through.", "Chased the contractor for a date.",
            "Asked the repairs team for their records.", "Visited the home and took photos.", "Left a voicemail; will try again tomorrow.",
            "Updated the resident by email.", "Spoke to the neighbourhood officer." };
    private static final String[] GROUNDS = { "OVER_12_MONTHS", "LEGAL_PROCEEDINGS", "PREVIOUSLY_CONSIDERED" };

    private final Parameters parameters;
    private final WorkingDayCalendar calendar;

    public SyntheticHistory(Parameters parameters, WorkingDayCalendar calendar) {
        this.parameters = parameters;
        this.calendar = calendar;
    }

    public Parameters parameters() {
        return parameters;
    }

    // ------------------------------------------------------------------ plans

    /** Every case received in the period, oldest first; numbered from 1 in that order. */
    public void generate(Consumer<SyntheticCase> each) {
        SplittableRandom random = new SplittableRandom(parameters.seed());
        double perDay = parameters.homes() * (COMPLAINTS_PER_THOUSAND + SERVICE_REQUESTS_PER_THOUSAND) / 1000.0 / 365.25;
        double complaintShare = COMPLAINTS_PER_THOUSAND / (COMPLAINTS_PER_THOUSAND + SERVICE_REQUESTS_PER_THOUSAND);
        long number = 0;
        for (LocalDate day = parameters.from(); !day.isAfter(parameters.to()); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            double expected = perDay * SEASON[day.getMonthValue() - 1] * (weekend ? 0.375 : 1.25);
            int count = poisson(random, expected);
            for (int i = 0; i < count; i++) {
                each.accept(plan(++number, day, random.split(), random.nextDouble() < complaintShare));
            }
        }
    }

    private SyntheticCase plan(long number, LocalDate receivedOn, SplittableRandom r, boolean complaint) {
        // three complaints in ten come from one home in 200, which complains again and again (repeats, 9.4)
        int frequent = Math.max(1, parameters.homes() / 200);
        int home = r.nextDouble() < 0.3 ? r.nextInt(frequent) : r.nextInt(parameters.homes());
        Instant receivedAt = receivedOn.atTime(LocalTime.of(8 + r.nextInt(10), r.nextInt(60))).atZone(LondonDates.LONDON).toInstant();
        double winter = (SEASON[receivedOn.getMonthValue() - 1] - 0.8) / 0.5; // 0 in summer, 1 in January
        double[] areaShare = AREA_SHARE.clone();
        areaShare[1] += 0.12 * winter;
        int area = pick(r, areaShare);
        String cause = r.nextDouble() < 0.05 ? null : CAUSES[pick(r, CAUSE_SHARE)];
        boolean categorised = r.nextDouble() >= 0.04;
        Channel channel = CHANNELS[pick(r, CHANNEL_SHARE)];
        SyntheticCase.Builder c = new SyntheticCase.Builder(number, home, receivedAt, receivedOn, channel,
                categorised ? AREAS[area] : null, categorised ? cause : null, categorised ? TEAM_OF_AREA[area] : null, area);
        LocalDate officerDay = next(receivedOn, r.nextInt(2));
        if (!complaint) {
            return c.serviceRequest(officerDay, next(officerDay, 1 + r.nextInt(8))).build();
        }
        if (r.nextDouble() < 0.04) {
            return c.refused(GROUNDS[r.nextInt(GROUNDS.length)], next(receivedOn, 1 + r.nextInt(5))).build();
        }
        String handler = parameters.stage1Handlers().get(r.nextInt(parameters.stage1Handlers().size()));
        SyntheticCase.Stage stage1 = stage(r, 1, receivedOn, handler, 10, area);
        c.stage1(stage1);
        // about one in five answered at stage 1 ask for stage 2, mostly within a few weeks
        if (r.nextDouble() < 0.20) {
            LocalDate requested = stage1.respondedOn().plusDays(1 + r.nextInt(40));
            c.escalation(requested, r.nextDouble() < 0.6 ? "I am still not happy with the answer." : null);
            if (r.nextDouble() < 0.04) {
                c.escalationRefused("PREVIOUSLY_CONSIDERED", next(requested, 1 + r.nextInt(5)));
            }
            else {
                String reviewer = parameters.stage2Handlers().get(r.nextInt(parameters.stage2Handlers().size()));
                SyntheticCase.Stage stage2 = stage(r, 2, requested, reviewer, 20, area);
                c.stage2(stage2);
                if (r.nextDouble() < parameters.ombudsmanShare()) {
                    c.ombudsman(ombudsman(r.split(), number, stage2, area));
                }
            }
        }
        return c.build();
    }

    /**
     * The Ombudsman's case: referred a month to eight months after the final response, investigated after months in its
     * queue, determined a few months later; orders due in four to six weeks; a complaint handling failure order now and then
     * when the landlord is slow to send its evidence.
     */
    private SyntheticCase.Ombudsman ombudsman(SplittableRandom r, long number, SyntheticCase.Stage stage2, int area) {
        LocalDate referred = stage2.respondedOn().plusDays(30 + r.nextInt(r.nextDouble() < 0.7 ? 60 : 210));
        LocalDate investigating = referred.plusDays(30 + r.nextInt(150));
        LocalDate determined = investigating.plusDays(40 + r.nextInt(120));
        int elements = r.nextDouble() < 0.45 ? 1 : r.nextDouble() < 0.65 ? 2 : 3;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < elements; i++) {
            findings.add(Finding.values()[pick(r, FINDING_SHARE)]);
        }
        List<SyntheticCase.Order> orders = new ArrayList<>();
        if (r.nextDouble() < 0.06) {
            LocalDate made = referred.plusDays(10 + r.nextInt(20)); // before it investigates
            orders.add(order(r, OrderKind.COMPLAINT_HANDLING_FAILURE_ORDER,
                    "Send the Ombudsman the complaint file and the evidence it asked for.", made, made.plusDays(14)));
        }
        if (findings.stream().anyMatch(Finding::failing)) {
            int pounds = (area == 1 ? 300 : 100) + 50 * r.nextInt(area == 1 ? 30 : 12);
            orders.add(order(r, OrderKind.ORDER, "Pay the resident £" + pounds + " compensation for the distress and inconvenience caused.",
                    determined, determined.plusDays(28)));
            if (r.nextDouble() < 0.6) {
                orders.add(order(r, OrderKind.ORDER, "A senior manager to apologise to the resident in writing.", determined,
                        determined.plusDays(28)));
            }
            if (area <= 1 && r.nextDouble() < 0.5) {
                orders.add(order(r, OrderKind.ORDER, "Inspect the home and write to the resident with the repairs needed and their dates.",
                        determined, determined.plusDays(42)));
            }
        }
        if (r.nextDouble() < 0.4) {
            orders.add(order(r, OrderKind.RECOMMENDATION, "Review how staff keep residents informed when a repair is delayed.", determined,
                    null));
        }
        String reference = "%d%s%05d".formatted(referred.getYear(), parameters.estate(), number);
        return new SyntheticCase.Ombudsman(reference, referred, investigating, determined, List.copyOf(findings), List.copyOf(orders));
    }

    /** Most orders complied with by their due date, some late, a few never; most recommendations followed. */
    private static SyntheticCase.Order order(SplittableRandom r, OrderKind kind, String description, LocalDate made, LocalDate due) {
        double x = r.nextDouble();
        LocalDate complied;
        if (due == null) {
            complied = x < 0.7 ? made.plusDays(14 + r.nextInt(60)) : null;
        }
        else {
            complied = x < 0.8 ? made.plusDays(r.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(made, due) + 1))
                    : x < 0.94 ? due.plusDays(1 + r.nextInt(45)) : null;
        }
        return new SyntheticCase.Order(kind, description, made, due, complied);
    }

    private SyntheticCase.Stage stage(SplittableRandom r, int stage, LocalDate started, String handler, int respondDays, int area) {
        // acknowledged within 5 working days nine times in ten
        LocalDate acknowledged = next(started, r.nextDouble() < 0.9 ? 1 + r.nextInt(5) : 6 + r.nextInt(6));
        List<SyntheticCase.Extension> extensions = new ArrayList<>();
        int allowed = respondDays;
        if (r.nextDouble() < 0.14) {
            int days = r.nextDouble() < 0.85 ? 5 + r.nextInt(6) : 11 + r.nextInt(10);
            extensions.add(new SyntheticCase.Extension(days, next(acknowledged, 2 + r.nextInt(respondDays - 2)), days > 10));
            allowed += days;
        }
        // answered within the (extended) timescale about four times in five
        int took = r.nextDouble() < 0.8 ? Math.max(1, allowed - r.nextInt(Math.min(allowed, 9))) : allowed + 1 + r.nextInt(15);
        LocalDate responded = next(acknowledged, took);
        double d = r.nextDouble();
        Decision decision = d < 0.33 ? Decision.UPHELD : d < 0.58 ? Decision.PARTLY_UPHELD : Decision.NOT_UPHELD;
        BigDecimal compensation = null;
        boolean action = false;
        if (decision != Decision.NOT_UPHELD) {
            if (r.nextDouble() < 0.6) {
                // damp and mould cost residents more: larger awards
                int pounds = (area == 1 ? 150 : 50) + 10 * r.nextInt(area == 1 ? 80 : 30);
                compensation = BigDecimal.valueOf(pounds);
            }
            action = r.nextDouble() < 0.35;
        }
        LocalDate actionDone = action && r.nextDouble() < 0.85 ? responded.plusDays(3 + r.nextInt(40)) : null;
        // the handler's notes of calls, visits and chasers while investigating: none to six, three on average
        int notes = r.nextInt(7);
        return new SyntheticCase.Stage(stage, acknowledged, handler, List.copyOf(extensions), notes, responded, decision, compensation,
                action, actionDone);
    }

    private LocalDate next(LocalDate day, int workingDays) {
        return calendar.addWorkingDays(day, workingDays);
    }

    private static int pick(SplittableRandom r, double[] shares) {
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < shares.length; i++) {
            x -= shares[i];
            if (x < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static int poisson(SplittableRandom r, double lambda) {
        if (lambda > 30) {
            // normal approximation for big landlords (Knuth's method underflows)
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(r)));
        }
        double limit = Math.exp(-lambda);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        }
        while (p > limit);
        return k - 1;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    // ------------------------------------------------------------------ playing a plan

    /** What a case's steps are done with: the services (demo) or an in-memory record (bulk). Same names as the services'. */
    interface Steps {

        void receive(SyntheticCase c, NewComplaint request, String actor);

        /** The day the next steps are done, and by whom. */
        void at(LocalDate day, String actor);

        void categorise(String serviceArea, String cause, String team);

        void triageAsServiceRequest(String reasons);

        void resolveServiceRequest(LocalDate resolvedOn, String summary);

        void acknowledge(LocalDate acknowledgedOn, String handler, Definition definition);

        void extend(int days, String reason, LocalDate residentInformedOn, String goodReason, Integer updateEveryWorkingDays);

        void respond(ResponseDraft draft);

        void completeOutstandingAction(int stage, int action, LocalDate completedOn, String evidence);

        void requestEscalation(LocalDate requestedOn, String reason);

        void refuse(String ground, String reasons, String discretionConsidered, LocalDate decidedOn);

        void addNote(String text);

        void close(LocalDate closedOn, String reason);

        void referToOmbudsman(String ombudsmanReference, LocalDate referredOn);

        void ombudsmanInvestigating(LocalDate on);

        void ombudsmanDetermination(LocalDate determinedOn, List<OmbudsmanRecords.Element> elements);

        /** {@code order}: its place in the plan's list, which {@link #ombudsmanCompliance} refers to. */
        void ombudsmanOrder(int order, OrderKind kind, String description, LocalDate madeOn, LocalDate dueOn);

        void ombudsmanCompliance(int order, LocalDate compliedOn, String evidence);
    }

    /** The home's tenancy reference, the key residents are matched on. */
    String tenancy(int home) {
        return "T%s-%07d".formatted(parameters.estate(), home);
    }

    /** The home's property reference in the landlord's housing system. */
    String property(int home) {
        return "P%s-%07d".formatted(parameters.estate(), home);
    }

    Resident resident(int home) {
        String name = FIRST[home % FIRST.length] + " " + LAST[(home / FIRST.length) % LAST.length];
        return new Resident(name, tenancy(home), "resident" + home + "@example.org", "0113 496 " + "%04d".formatted(home % 10_000),
                DISTRICTS[home % DISTRICTS.length] + " " + (1 + home % 9) + "AB");
    }

    /** Walks the case up to {@code today}: a step dated after it has not happened yet, nor has any after it. */
    void play(SyntheticCase c, Steps steps, LocalDate today) {
        if (c.receivedOn().isAfter(today)) {
            return;
        }
        String[] words = WORDS[c.areaIndex()];
        boolean over12Months = "OVER_12_MONTHS".equals(c.refusalGround());
        steps.receive(c, new NewComplaint(c.receivedAt().atOffset(java.time.ZoneOffset.UTC), c.channel(), resident(c.home()), null, words[0],
                c.receivedOn().minusDays(over12Months ? 430 : 20)), parameters.officer());
        LocalDate first = c.serviceRequestOn() != null ? c.serviceRequestOn() : c.receivedOn();
        if (first.isAfter(today)) {
            return;
        }
        steps.at(first, parameters.officer());
        if (c.serviceArea() != null) {
            steps.categorise(c.serviceArea(), c.cause(), c.team());
        }
        if (c.serviceRequestOn() != null) {
            steps.triageAsServiceRequest("A first report of a repair, raised with the repairs team; the resident was told they can complain.");
            if (!c.resolvedOn().isAfter(today)) {
                steps.at(c.resolvedOn(), parameters.officer());
                steps.resolveServiceRequest(c.resolvedOn(), "Done by the repairs team.");
            }
            return;
        }
        if (c.refusalGround() != null) {
            if (c.refusedOn().isAfter(today)) {
                return;
            }
            steps.at(c.refusedOn(), parameters.officer());
            steps.refuse(c.refusalGround(), reasonsFor(c.refusalGround()),
                    over12Months ? "We considered whether to accept it anyway; nothing stopped the resident raising it sooner." : null,
                    c.refusedOn());
            return; // a refusal is the end of it: there is nothing to close
        }
        LocalDate finished = stage(c, c.stage1(), words, steps, today);
        if (finished == null) {
            return;
        }
        if (c.escalationRequestedOn() == null || c.escalationRequestedOn().isAfter(today)) {
            LocalDate closing = next(finished, 10);
            if (c.escalationRequestedOn() == null || closing.isBefore(c.escalationRequestedOn())) {
                close(steps, closing, today);
            }
            return;
        }
        steps.at(c.escalationRequestedOn(), parameters.officer());
        steps.requestEscalation(c.escalationRequestedOn(), c.escalationReason());
        if (c.escalationRefusedOn() != null) {
            if (!c.escalationRefusedOn().isAfter(today)) {
                steps.at(c.escalationRefusedOn(), parameters.stage2Handlers().getFirst());
                steps.refuse(c.escalationRefusalGround(), reasonsFor(c.escalationRefusalGround()), null, c.escalationRefusedOn());
            }
            return;
        }
        finished = stage(c, c.stage2(), words, steps, today);
        if (finished != null) {
            close(steps, next(finished, 10), today);
            if (c.ombudsman() != null) {
                ombudsman(c.ombudsman(), words, steps, today);
            }
        }
    }

    /** The Ombudsman's case up to today, its steps in date order (a failure order may come before the investigation). */
    private void ombudsman(SyntheticCase.Ombudsman o, String[] words, Steps steps, LocalDate today) {
        if (o.referredOn().isAfter(today)) {
            return;
        }
        steps.at(o.referredOn(), parameters.officer());
        steps.referToOmbudsman(o.reference(), o.referredOn());
        record Step(LocalDate on, Runnable run) {
        }
        // listed so that, on the same day, a determination comes before its orders and an order before its compliance
        List<Step> later = new ArrayList<>();
        later.add(new Step(o.investigatingOn(), () -> steps.ombudsmanInvestigating(o.investigatingOn())));
        List<OmbudsmanRecords.Element> elements = new ArrayList<>();
        for (int i = 0; i < o.findings().size(); i++) {
            elements.add(new OmbudsmanRecords.Element(i == 0 ? words[1] : ELEMENTS[i - 1], o.findings().get(i)));
        }
        later.add(new Step(o.determinedOn(), () -> steps.ombudsmanDetermination(o.determinedOn(), List.copyOf(elements))));
        for (int i = 0; i < o.orders().size(); i++) {
            int index = i;
            SyntheticCase.Order order = o.orders().get(i);
            later.add(new Step(order.madeOn(), () -> steps.ombudsmanOrder(index, order.kind(), order.description(), order.madeOn(),
                    order.dueOn())));
            if (order.compliedOn() != null) {
                later.add(new Step(order.compliedOn(), () -> steps.ombudsmanCompliance(index, order.compliedOn(),
                        order.kind() == OrderKind.RECOMMENDATION ? "The review was done; its report sent to the Ombudsman."
                                : "Evidence sent to the Ombudsman.")));
            }
        }
        later.sort(java.util.Comparator.comparing(Step::on)); // stable: same-day steps keep the order above
        for (Step step : later) {
            if (step.on().isAfter(today)) {
                return;
            }
            steps.at(step.on(), parameters.officer());
            step.run().run();
        }
    }

    private void close(Steps steps, LocalDate on, LocalDate today) {
        if (!on.isAfter(today)) {
            steps.at(on, parameters.officer());
            steps.close(on, "Finished.");
        }
    }

    private static String reasonsFor(String ground) {
        return switch (ground) {
            case "OVER_12_MONTHS" -> "The problem happened more than a year before it was raised with us, and there is no reason it could not be raised sooner.";
            case "LEGAL_PROCEEDINGS" -> "The resident's solicitor has issued a claim about the same disrepair, so the court will decide it.";
            default -> "The same matter was answered at stage 2 last year and nothing new has happened since.";
        };
    }

    /** A stage's steps up to today; the day its response went out, or null if it has not yet. */
    private LocalDate stage(SyntheticCase c, SyntheticCase.Stage s, String[] words, Steps steps, LocalDate today) {
        if (s.acknowledgedOn().isAfter(today)) {
            return null;
        }
        steps.at(s.acknowledgedOn(), s.handler());
        List<String> points = List.of(words[1]);
        steps.acknowledge(s.acknowledgedOn(), s.handler(), new Definition(
                s.stage() == 1 ? words[1] + "." : "The resident remains unhappy: " + words[1].toLowerCase() + ".", points,
                List.of(words[2]), null, null, null));
        for (SyntheticCase.Extension e : s.extensions()) {
            if (e.informedOn().isAfter(today) || !e.informedOn().isBefore(s.respondedOn())) {
                continue;
            }
            steps.at(e.informedOn(), s.handler());
            steps.extend(e.workingDays(), "We are waiting for a contractor's report.", e.informedOn(),
                    e.goodReason() ? "A specialist survey of the building is needed and the earliest date is after the deadline." : null, 5);
        }
        for (int i = 1; i <= s.notes(); i++) {
            LocalDate on = next(s.acknowledgedOn(), i);
            if (on.isAfter(today) || !on.isBefore(s.respondedOn())) {
                break;
            }
            steps.at(on, s.handler());
            steps.addNote(NOTES[(i + (int) (c.number() % NOTES.length)) % NOTES.length]);
        }
        if (s.respondedOn().isAfter(today)) {
            return null;
        }
        steps.at(s.respondedOn(), s.handler());
        List<Remedy> remedies = new ArrayList<>();
        if (s.decision() != Decision.NOT_UPHELD) {
            remedies.add(new Remedy(Remedy.Type.APOLOGY, "We apologise for what went wrong."));
            if (s.compensation() != null) {
                remedies.add(new Remedy(Remedy.Type.FINANCIAL, "Compensation for your time and trouble.", s.respondedOn().plusDays(10),
                        new Remedy.Financial(null, null, s.compensation(), null)));
            }
        }
        List<OutstandingAction> actions = s.action()
                ? List.of(new OutstandingAction("Put it right and confirm in writing", s.respondedOn().plusDays(28), "Repairs Manager"))
                : List.of();
        steps.respond(new ResponseDraft(s.respondedOn(), s.decision(), "We checked our records and spoke to the staff involved.",
                points.stream().map(p -> new PointDecision(p, s.decision(), "What our records show.")).toList(), remedies,
                remedies.isEmpty() ? "We found nothing went wrong, so there is nothing to put right." : null, actions, actions.isEmpty()));
        if (s.actionDoneOn() != null && !s.actionDoneOn().isAfter(today)) {
            steps.at(s.actionDoneOn(), s.handler());
            steps.completeOutstandingAction(s.stage(), 0, s.actionDoneOn(), "Job sheet signed off.");
        }
        return s.respondedOn();
    }
}
