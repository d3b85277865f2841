package org.putright.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.putright.calendar.LondonDates;
import org.putright.calendar.WorkingDays;
import org.putright.complaints.Channel;
import org.putright.complaints.ComplaintQueries;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintService.NewComplaint;
import org.putright.complaints.Decision;
import org.putright.complaints.Definition;
import org.putright.complaints.OutstandingAction;
import org.putright.complaints.PointDecision;
import org.putright.complaints.Remedy;
import org.putright.complaints.ResponseDraft;
import org.putright.complaints.Representative;
import org.putright.complaints.Resident;
import org.putright.complaints.RiskFlag;
import org.putright.identity.Role;
import org.putright.identity.StaffProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-password";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final StaffProvisioning staff;
    private final ComplaintService complaints;
    private final ComplaintQueries queries;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final DemoResidents residents;
    private final SyntheticDomainLoad history;
    private final int historyHomes;
    private final int historyYears;

    DemoData(@Value("${putright.demo-data:false}") boolean enabled, StaffProvisioning staff, ComplaintService complaints,
            ComplaintQueries queries, WorkingDays workingDays, Clock clock, DemoResidents residents, SyntheticDomainLoad history,
            @Value("${putright.demo-history.homes:1000}") int historyHomes, @Value("${putright.demo-history.years:2}") int historyYears) {
        this.enabled = enabled;
        this.history = history;
        this.historyHomes = historyHomes;
        this.historyYears = historyYears;
        this.residents = residents;
        this.staff = staff;
        this.complaints = complaints;
        this.queries = queries;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    private record Story(String name, String tenancy, String postcode, Channel channel, String words, String summary, List<String> points,
            List<String> outcomes, Set<RiskFlag> risks) {

        Story(String name, String tenancy, String postcode, Channel channel, String words, String summary, List<String> points,
                List<String> outcomes) {
            this(name, tenancy, postcode, channel, words, summary, points, outcomes, Set.of());
        }
    }

    private static final List<Story> STORIES = List.of(
            new Story("Grace Okafor", "T-10231", "LS7 3QD", Channel.PHONE,
                    "There is black mould all over my daughter's bedroom wall again. You sent someone to paint over it in the spring and it came straight back. She has asthma and it is getting worse.",
                    "Recurring damp and mould in the second bedroom after a repair that did not fix the cause.",
                    List.of("The mould treatment in April did not fix the cause", "The effect on the resident's daughter's asthma"),
                    List.of("Find and fix the cause of the damp", "Redecorate the bedroom"),
                    Set.of(RiskFlag.DAMP_AND_MOULD_HAZARD, RiskFlag.HEALTH_MADE_WORSE)),
            new Story("Tomasz Nowak", "T-20417", "LS9 8HP", Channel.EMAIL,
                    "Our boiler broke on the 3rd and we have had no heating or hot water for eleven days. Every time I ring I'm told an engineer is coming and nobody comes.",
                    "No heating or hot water for eleven days; repair appointments not kept.",
                    List.of("Repair appointments were missed", "No updates were given"),
                    List.of("Boiler repaired", "Compensation for the time without heating"),
                    Set.of(RiskFlag.NO_HEATING_OR_HOT_WATER)),
            new Story("Margaret Ellis", "T-30551", "LS12 4RT", Channel.LETTER,
                    "I am writing to complain about the state of the communal stairwell. The lights have been out for a month and I am frightened to use the stairs at night.",
                    "Communal stairwell lighting out of order for a month.",
                    List.of("Communal lighting not repaired"), List.of("Lights repaired", "Regular checks of the communal areas")),
            new Story("Sunita Patel", "T-41009", "LS8 2JW", Channel.WEB_FORM,
                    "The contractor who came to fix my window was rude to me and left mud all over the carpet. The window still doesn't close properly.",
                    "Contractor's conduct during a window repair, and the repair left incomplete.",
                    List.of("The contractor's conduct", "The window repair is incomplete"),
                    List.of("An apology", "The window properly repaired", "Carpet cleaned")),
            new Story("David Hughes", "T-50233", "LS6 1AB", Channel.IN_PERSON,
                    "My rent account shows arrears that I don't owe. I pay by standing order every month and I have the bank statements to prove it.",
                    "The rent account shows arrears the resident says were paid.",
                    List.of("The rent account is wrong"), List.of("Rent account corrected", "Letter confirming the correct balance")),
            new Story("Aisha Rahman", "T-60877", "LS11 5DX", Channel.SOCIAL_MEDIA,
                    "Reported anti-social behaviour from the flat above five times now. Music until 3am every weekend. Nothing has been done.",
                    "Reports of noise nuisance from a neighbour not acted on.",
                    List.of("Reports of anti-social behaviour were not acted on"), List.of("Action on the noise", "Updates on the case")));

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        ensureStaff();
        if (queries.list(new ComplaintQueries.Filter(null, null, null, null, null, false, false, null), 0, 1).totalItems() > 0) {
            log.info("Demo data: complaints already exist, nothing loaded");
            return;
        }
        Random random = new Random(2024);
        LocalDate today = workingDays.today();
        int made = 0;
        for (int i = 0; i < 36; i++) {
            Story story = STORIES.get(i % STORIES.size());
            // a team mostly on top of its work: new cases are young, answered ones older, a few left late
            int[][] ages = { { 0, 5 }, { 3, 9 }, { 4, 12 }, { 8, 16 }, { 10, 30 }, { 12, 40 }, { 15, 40 }, { 20, 45 }, { 3, 20 } };
            int[] range = ages[i % 9];
            int ageInWorkingDays = range[0] + random.nextInt(range[1] - range[0] + 1) + (i % 11 == 0 ? 10 : 0);
            LocalDate received = workingDays.current().addWorkingDays(today.minusDays(ageInWorkingDays * 7L / 5 + 1), 0);
            while (workingDays.current().workingDaysBetween(received, today) > ageInWorkingDays && received.isBefore(today)) {
                received = received.plusDays(1);
            }
            try {
                load(story, i, received, today, random);
                made++;
            }
            catch (RuntimeException e) {
                log.warn("Demo complaint {} not loaded: {}", i, e.getMessage());
            }
        }
        try {
            as("casey.officer", Set.of(Role.COMPLAINTS_OFFICER));
            residents.load(today);
        }
        catch (RuntimeException e) {
            log.warn("Demo residents' adjustments, representatives and restrictions not loaded: {}", e.getMessage());
        }
        if (historyHomes > 0 && historyYears > 0) {
            // a landlord's past behind the stories, so the dashboard, the TSM and the reports have something to show
            SyntheticDomainLoad.Result loaded = history.load(SyntheticDomainLoad.parameters(historyHomes, historyYears, today, 2024));
            log.info("Demo data: a history of {} homes over {} years added: {} cases ({} stopped early by a rule) in {} ms", historyHomes,
                    historyYears, loaded.cases(), loaded.refused(), loaded.millis());
        }
        SecurityContextHolder.clearContext();
        log.info("Demo data loaded: {} complaints. Sign in as casey.officer, ivan.investigator, morgan.manager, gina.governance or admin with password '{}'",
                made, PASSWORD);
    }

    private void ensureStaff() {
        staff.ensure("admin", "Demo Administrator", EnumSet.of(Role.ADMIN), PASSWORD);
        staff.ensure("casey.officer", "Casey Officer", EnumSet.of(Role.COMPLAINTS_OFFICER), PASSWORD);
        staff.ensure("sam.officer", "Sam Officer", EnumSet.of(Role.COMPLAINTS_OFFICER), PASSWORD);
        staff.ensure("ivan.investigator", "Ivan Investigator", EnumSet.of(Role.INVESTIGATING_OFFICER), PASSWORD);
        staff.ensure("morgan.manager", "Morgan Manager", EnumSet.of(Role.MANAGER), PASSWORD);
        staff.ensure("gina.governance", "Gina Governance (MRC)", EnumSet.of(Role.GOVERNANCE_VIEWER), PASSWORD);
    }

    private void load(Story story, int i, LocalDate received, LocalDate today, Random random) {
        as("casey.officer", Set.of(Role.COMPLAINTS_OFFICER));
        Representative representative = i % 7 == 3
                ? new Representative("Cllr J. Morris", Representative.Relationship.COUNCILLOR, "j.morris@example.org", null, true)
                : null;
        OffsetDateTime receivedAt = received.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(LondonDates.LONDON)
                .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        if (receivedAt.toInstant().isAfter(clock.instant())) {
            receivedAt = OffsetDateTime.now(clock).minusHours(1);
        }
        UUID id = complaints.receive(new NewComplaint(receivedAt, story.channel(),
                new Resident(story.name(), story.tenancy(), story.name().toLowerCase().replace(' ', '.') + "@example.org", "0113 496 0" + (100 + i),
                        story.postcode()),
                representative, story.words(), received.minusDays(10 + random.nextInt(40)), null, null, null,
                // the latest complaints carry the risk to the resident (6.1); older ones were before it arose
                i >= 24 ? story.risks() : Set.of(), i >= 24 && !story.risks().isEmpty() ? "Raised by the resident on the phone." : null),
                null).complaint().id();
        int phase = i % 9;
        if (phase == 0) {
            return; // waiting to be acknowledged
        }
        String handler = i % 2 == 0 ? "casey.officer" : "ivan.investigator";
        LocalDate acknowledged = min(workingDays.addWorkingDays(received, 1 + random.nextInt(phase == 1 ? 7 : 4)), today);
        if (phase == 8) {
            complaints.refuse(id, "PREVIOUSLY_CONSIDERED",
                    "The same " + story.points().getFirst().toLowerCase() + " was answered at stage 2 in our letter of last year, and nothing new has happened since.",
                    null, acknowledged);
            return;
        }
        complaints.acknowledge(id, acknowledged, handler, new Definition(story.summary(), story.points(), story.outcomes(), null,
                List.of("Matters for the resident's energy supplier"), null));
        if (phase <= 2) {
            return; // under investigation
        }
        // the handler does the investigation's steps, so the timeline shows who did what
        as(handler, Set.of(handler.equals("ivan.investigator") ? Role.INVESTIGATING_OFFICER : Role.COMPLAINTS_OFFICER));
        if (phase == 3) {
            complaints.extend(id, 5, "We are waiting for a specialist survey.", min(workingDays.addWorkingDays(acknowledged, 6), today), null,
                    5);
            return;
        }
        LocalDate responded = min(workingDays.addWorkingDays(acknowledged, 3 + random.nextInt(phase == 4 ? 12 : 8)), today);
        java.math.BigDecimal timeAndTrouble = java.math.BigDecimal.valueOf(50 + random.nextInt(20) * 10L);
        complaints.respond(id, new ResponseDraft(responded, i % 3 == 0 ? Decision.PARTLY_UPHELD : Decision.UPHELD,
                "We looked at our repair records, spoke to the contractor and visited the home. Under our repairs policy this should have been put right sooner.",
                story.points().stream().map(p -> new PointDecision(p, Decision.UPHELD, "Our records confirm it: " + p.toLowerCase() + ".")).toList(),
                List.of(new Remedy(Remedy.Type.APOLOGY, "We apologise for the distress and inconvenience."),
                        new Remedy(Remedy.Type.FINANCIAL, "£" + timeAndTrouble + " for your time and trouble, paid to your rent account.",
                                responded.plusDays(10), new Remedy.Financial(null, null, timeAndTrouble, null))),
                null,
                List.of(new OutstandingAction("Complete the repair and confirm in writing", responded.plusDays(14), "Repairs Manager")),
                false));
        if (phase <= 5) {
            return; // responded
        }
        LocalDate requested = min(workingDays.addWorkingDays(responded, 2), today);
        as("casey.officer", Set.of(Role.COMPLAINTS_OFFICER));
        complaints.requestEscalation(id, requested, phase == 6 ? null : "I still don't think this is fixed.");
        if (phase == 6) {
            return; // awaiting stage 2 acknowledgement
        }
        as("morgan.manager", Set.of(Role.MANAGER));
        complaints.acknowledge(id, min(workingDays.addWorkingDays(requested, 2), today), "morgan.manager",
                new Definition("The resident remains unhappy that " + story.summary().toLowerCase(), List.of(), story.outcomes(), null, null, null));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static void as(String username, Set<Role> roles) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null,
                roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

}
