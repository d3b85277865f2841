package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.putright.complaints.ComplaintBuilder.ENGLAND_AND_WALES;
import static org.putright.complaints.ComplaintBuilder.FAR_FUTURE;
import static org.putright.complaints.ComplaintBuilder.LEGAL_PROCEEDINGS;
import static org.putright.complaints.ComplaintBuilder.OVER_12_MONTHS;
import static org.putright.complaints.ComplaintBuilder.aComplaint;
import static org.putright.complaints.ComplaintBuilder.answering;
import static org.putright.complaints.ComplaintBuilder.date;
import static org.putright.complaints.ComplaintBuilder.definition;
import static org.putright.complaints.ComplaintBuilder.scheme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.putright.complaints.ComplaintEvent.ComplaintNotAccepted;
import org.putright.complaints.ComplaintEvent.EscalationRefused;
import org.putright.complaints.ComplaintEvent.EscalationRequested;
import org.putright.complaints.ComplaintEvent.ResponseDeadlineExtended;
import org.putright.shared.CodeRuleViolation;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;

/**
 * One test per provision of the Complaint Handling Code that the aggregate enforces, named for the 2024 Code's number.
 * Each asserts the provision on the violation and that the valid counterpart goes through, so it fails if the rule is
 * dropped or if it starts refusing what the Code allows.
 *
 * <p>Dates are in March 2026 unless stated (England and Wales: no bank holiday until Good Friday, 3 April). March 2026
 * starts on a Sunday: 2 = Mon, 4 = Wed, 6 = Fri, 9 = Mon, 13 = Fri, 16 = Mon, 20 = Fri, 23 = Mon, 27 = Fri, 30 = Mon.
 */
class CodeRulesTest {

    static final LocalDate MAR_2 = date(2026, 3, 2);
    static final LocalDate MAR_4 = date(2026, 3, 4);
    static final LocalDate MAR_9 = date(2026, 3, 9);
    static final LocalDate MAR_10 = date(2026, 3, 10);
    static final LocalDate MAR_12 = date(2026, 3, 12);
    static final LocalDate MAR_13 = date(2026, 3, 13);
    static final LocalDate MAR_16 = date(2026, 3, 16);
    static final LocalDate MAR_18 = date(2026, 3, 18);
    static final LocalDate MAR_19 = date(2026, 3, 19);
    static final LocalDate MAR_20 = date(2026, 3, 20);
    static final LocalDate MAR_23 = date(2026, 3, 23);

    // ---------------------------------------------------------------- helpers

    static CodeRuleViolation violation(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a CodeRuleViolation").isInstanceOf(CodeRuleViolation.class);
        return (CodeRuleViolation) thrown;
    }

    static void assertViolates(String provision, ThrowingCallable call) {
        assertThat(violation(call).provision()).isEqualTo(provision);
    }

    /** Responded at stage 1 by officer.a and escalated: stage 2, awaiting acknowledgement. */
    static ComplaintBuilder atStage2(String scheme) {
        return aComplaint().receivedOn(MAR_2).under(scheme).acknowledged(MAR_4, "officer.a").responded(MAR_10).escalated(MAR_12);
    }

    static Complaint acknowledgedOnMar4() {
        return aComplaint().receivedOn(MAR_2).acknowledged(MAR_4, "officer.a").build();
    }

    static void extend(Complaint c, int days, String goodReason) {
        c.extend(days, "Waiting for the contractor's report", MAR_16, goodReason, 5, FAR_FUTURE, ENGLAND_AND_WALES);
    }

    static void respond(Complaint c, LocalDate on) {
        Responses.respond(c, on, Decision.UPHELD, "The repair was late.", List.of(), List.of(), List.of(), FAR_FUTURE);
    }

    // ---------------------------------------------------------------- section 1: complaints and service requests

    @Test
    void provision_1_3_service_request_needs_choice_to_complain() {
        Complaint notTold = aComplaint().build();
        CodeRuleViolation v = violation(() -> notTold.triageAsServiceRequest("First report of the repair", false));
        assertThat(v.provision()).isEqualTo("1.3");
        assertThat(v.rule()).isEqualTo("ServiceRequestNeedsChoiceToComplain");
        assertThat(notTold.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        assertThat(notTold.pendingEvents()).hasSize(1);

        assertViolates("1.3", () -> aComplaint().build().triageAsServiceRequest(null, true));
        assertViolates("1.3", () -> aComplaint().build().triageAsServiceRequest("  ", true));
        assertViolates("1.6", () -> aComplaint().under("HOS-2022").build().triageAsServiceRequest("reasons", false));

        Complaint told = aComplaint().build();
        told.triageAsServiceRequest("First report of the repair", true);
        assertThat(told.status()).isEqualTo(Status.SERVICE_REQUEST);
        assertThat(told.isServiceRequest()).isTrue();
        assertThat(told.serviceRequestReasons()).isEqualTo("First report of the repair");
        // a service request is not a complaint: no complaint deadlines run for it
        assertThat(told.acknowledgementTimeliness(1, FAR_FUTURE, ENGLAND_AND_WALES)).isNull();
        assertThat(told.nextStep(ENGLAND_AND_WALES)).isNull();
    }

    @Test
    void provision_1_5_dissatisfaction_with_service_request_is_a_complaint() {
        assertThat(scheme("HOS-2024").provision(RuleId.DISSATISFACTION_WITH_SERVICE_REQUEST_IS_A_COMPLAINT)).isEqualTo("1.5");

        Complaint request = aComplaint().triagedAsServiceRequest().build();
        UUID complaintId = UUID.randomUUID();
        request.raiseDissatisfactionWithServiceRequest(complaintId, "CMP-2026-000002");
        // the complaint is raised even though the request is still being handled, and the request stays open
        assertThat(request.status()).isEqualTo(Status.SERVICE_REQUEST);
        assertThat(request.linked()).singleElement().satisfies(link -> {
            assertThat(link.complaintId()).isEqualTo(complaintId);
            assertThat(link.reason()).contains("(1.5)");
        });

        Complaint resolved = aComplaint().triagedAsServiceRequest().serviceRequestResolved(MAR_4).build();
        resolved.raiseDissatisfactionWithServiceRequest(UUID.randomUUID(), "CMP-2026-000003");
        assertThat(resolved.status()).isEqualTo(Status.CLOSED);
        assertThat(resolved.linked()).hasSize(1);

        // a service request has no stages to escalate; and a complaint is not a service request
        assertThatThrownBy(() -> aComplaint().triagedAsServiceRequest().build().requestEscalation(MAR_4, null, FAR_FUTURE))
                .isInstanceOf(IllegalTransition.class);
        Complaint complaint = aComplaint().acknowledged(MAR_4, "officer.a").responded(MAR_10).closed(MAR_10).build();
        assertThatThrownBy(() -> complaint.raiseDissatisfactionWithServiceRequest(UUID.randomUUID(), "CMP-2026-000004"))
                .isInstanceOf(IllegalTransition.class);
    }

    // ---------------------------------------------------------------- section 2: refusing a complaint

    @Test
    void provision_2_1_refusal_needs_a_policy_ground() {
        Complaint c = aComplaint().build();
        CodeRuleViolation v = violation(() -> c.refuse("NOT_IN_POLICY", null, "The resident has complained too often.", null, MAR_4,
                FAR_FUTURE));
        assertThat(v.provision()).isEqualTo("2.1");
        assertThat(v.rule()).isEqualTo("RefusalMustBeFairAndReasoned");
        assertThat(c.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        assertViolates("1.7", () -> aComplaint().under("HOS-2022").build().refuse("NOT_IN_POLICY", null, "Too often", null, MAR_4,
                FAR_FUTURE));

        c.refuse(LEGAL_PROCEEDINGS.code(), LEGAL_PROCEEDINGS, "The resident's solicitor issued a disrepair claim on 1 February.",
                null, MAR_4, FAR_FUTURE);
        assertThat(c.status()).isEqualTo(Status.NOT_ACCEPTED);
        // 2.4: the resident is told of their right to go to the Ombudsman
        assertThat(c.pendingEvents().getLast()).isInstanceOfSatisfying(ComplaintNotAccepted.class, e -> {
            assertThat(e.ground()).isEqualTo("LEGAL_PROCEEDINGS");
            assertThat(e.ombudsmanSignposted()).isTrue();
        });
        // a refused complaint has no deadlines still running
        assertThat(c.acknowledgementTimeliness(1, FAR_FUTURE, ENGLAND_AND_WALES)).isNull();
        assertThat(c.responseTimeliness(1, FAR_FUTURE, ENGLAND_AND_WALES)).isNull();
    }

    @Test
    void provision_2_3_over_12_months_needs_discretion_considered() {
        String reasons = "The leak was fixed in 2024 and not reported again until now.";
        String discretion = "No vulnerability or good reason for the delay was given; the repair records are complete.";

        // within 12 months (up to and including the anniversary): must be accepted on this ground
        for (LocalDate issue : List.of(date(2025, 6, 1), date(2025, 3, 2))) {
            Complaint c = aComplaint().receivedOn(MAR_2).issueOccurredOn(issue).build();
            CodeRuleViolation v = violation(() -> c.refuse(OVER_12_MONTHS.code(), OVER_12_MONTHS, reasons, discretion, MAR_4, FAR_FUTURE));
            assertThat(v.provision()).as("issue on %s", issue).isEqualTo("2.3");
            assertThat(c.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        }
        // no date for the issue: cannot tell it is late
        assertViolates("2.3", () -> aComplaint().receivedOn(MAR_2).build()
                .refuse(OVER_12_MONTHS.code(), OVER_12_MONTHS, reasons, discretion, MAR_4, FAR_FUTURE));
        // late, but discretion not considered
        assertViolates("2.3", () -> aComplaint().receivedOn(MAR_2).issueOccurredOn(date(2024, 11, 1)).build()
                .refuse(OVER_12_MONTHS.code(), OVER_12_MONTHS, reasons, null, MAR_4, FAR_FUTURE));
        assertViolates("2.3", () -> aComplaint().receivedOn(MAR_2).issueOccurredOn(date(2024, 11, 1)).build()
                .refuse(OVER_12_MONTHS.code(), OVER_12_MONTHS, reasons, " ", MAR_4, FAR_FUTURE));
        assertViolates("1.8", () -> aComplaint().receivedOn(date(2024, 3, 4)).under("HOS-2022").build()
                .refuse(OVER_12_MONTHS.code(), OVER_12_MONTHS, reasons, discretion, date(2024, 3, 5), FAR_FUTURE));

        // all present, one day past the anniversary: refused
        Complaint late = aComplaint().receivedOn(MAR_2).issueOccurredOn(date(2025, 3, 1)).build();
        late.refuse(OVER_12_MONTHS.code(), OVER_12_MONTHS, reasons, discretion, MAR_4, FAR_FUTURE);
        assertThat(late.status()).isEqualTo(Status.NOT_ACCEPTED);
        assertThat(late.stageRecord(1).refusal.discretionConsidered()).isEqualTo(discretion);
    }

    @Test
    void provision_2_5_no_blanket_refusal_reasons() {
        for (String blanket : new String[] { null, "", "   ", "Legal proceedings started", "legal proceedings started.",
                "LEGAL_PROCEEDINGS", "Legal proceedings about the issue have started" }) {
            Complaint c = aComplaint().build();
            CodeRuleViolation v = violation(() -> c.refuse(LEGAL_PROCEEDINGS.code(), LEGAL_PROCEEDINGS, blanket, null, MAR_4, FAR_FUTURE));
            assertThat(v.provision()).as("reasons '%s'", blanket).isEqualTo("2.5");
            assertThat(c.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        }
        assertViolates("1.9", () -> aComplaint().under("HOS-2022").build()
                .refuse(LEGAL_PROCEEDINGS.code(), LEGAL_PROCEEDINGS, "Legal proceedings started", null, MAR_4, FAR_FUTURE));

        Complaint c = aComplaint().build();
        c.refuse(LEGAL_PROCEEDINGS.code(), LEGAL_PROCEEDINGS, "Legal proceedings started: claim K00AB123 about this boiler.", null,
                MAR_4, FAR_FUTURE);
        assertThat(c.status()).isEqualTo(Status.NOT_ACCEPTED);
    }

    // ---------------------------------------------------------------- section 5: the process

    @Test
    void provision_5_2_no_stage_zero() {
        for (String informal : List.of("STAGE_0", "stage 0", "Stage-0", "STAGE_ZERO", "informal", "Informal complaint",
                " informal-complaint ", "pre-complaint", "early resolution", "LOCAL_RESOLUTION")) {
            assertThat(NoStageZero.isInformalStage(informal)).as(informal).isTrue();
        }
        for (String allowed : java.util.Arrays.asList("COMPLAINT", "SERVICE_REQUEST", "NOT_ACCEPTED", "STAGE_1", "", null)) {
            assertThat(NoStageZero.isInformalStage(allowed)).as(String.valueOf(allowed)).isFalse();
        }
        CodeRuleViolation v = violation(() -> NoStageZero.refuse(scheme("HOS-2024"), "STAGE_0"));
        assertThat(v.provision()).isEqualTo("5.2");
        assertThat(v.rule()).isEqualTo("NoStageZero");
        assertViolates("5.17", () -> NoStageZero.refuse(scheme("HOS-2022"), "informal"));

        // the valid counterpart: early resolution happens at stage 1
        Complaint c = aComplaint().build();
        c.confirmAsComplaint("Resident wants it looked at");
        assertThat(c.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        assertThat(c.stage()).isEqualTo(1);
    }

    @Test
    void provision_5_3_no_more_than_two_stages() {
        Complaint c = atStage2("HOS-2024").acknowledged(MAR_13, "officer.b").responded(MAR_20).build();
        CodeRuleViolation v = violation(() -> c.requestEscalation(MAR_23, null, FAR_FUTURE));
        assertThat(v.provision()).isEqualTo("5.3");
        assertThat(v.rule()).isEqualTo("AtMostTwoStages");
        assertThat(c.stage()).isEqualTo(2);
        assertThat(c.status()).isEqualTo(Status.RESPONDED);

        c.close(MAR_23, null, FAR_FUTURE);
        assertViolates("5.3", () -> c.requestEscalation(MAR_23, null, FAR_FUTURE));
        assertThat(c.status()).isEqualTo(Status.CLOSED);

        assertViolates("5.17", () -> atStage2("HOS-2022").acknowledged(MAR_13, "officer.b").responded(MAR_20).build()
                .requestEscalation(MAR_23, null, FAR_FUTURE));

        // one stage done: the resident can still go to stage 2, even once the case was closed
        Complaint closedAtStage1 = aComplaint().acknowledged(MAR_4, "officer.a").responded(MAR_10).closed(MAR_10).build();
        closedAtStage1.requestEscalation(MAR_12, null, FAR_FUTURE);
        assertThat(closedAtStage1.stage()).isEqualTo(2);
        assertThat(closedAtStage1.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        assertThat(closedAtStage1.closedOn()).isNull();
    }

    @Test
    void provision_5_6_complaint_must_be_defined() {
        List<Definition> undefined = java.util.Arrays.asList(
                null,
                new Definition(null, List.of(), List.of("Boiler repaired"), List.of(), List.of(), null),
                new Definition("  ", List.of(), List.of("Boiler repaired"), List.of(), List.of(), null),
                // no outcomes sought and no clarification asked
                new Definition("No heating", List.of(), List.of(), List.of(), List.of(), null),
                new Definition("No heating", List.of(), List.of(" "), List.of(), List.of(), " "),
                // a blank point
                new Definition("No heating", List.of("No heating", " "), List.of("Boiler repaired"), List.of(), List.of(), null));
        for (Definition definition : undefined) {
            Complaint c = aComplaint().build();
            CodeRuleViolation v = violation(() -> c.acknowledge(MAR_4, "officer.a", definition, FAR_FUTURE));
            assertThat(v.provision()).as("%s", definition).isEqualTo("5.6");
            assertThat(v.rule()).isEqualTo("ComplaintMustBeDefined");
            assertThat(c.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        }
        // at stage 2 too; the 2022 Code numbers it 4.2 at stage 1 and 5.10 at stage 2
        assertViolates("5.6", () -> atStage2("HOS-2024").build().acknowledge(MAR_13, "officer.b", null, FAR_FUTURE));
        assertViolates("4.2", () -> aComplaint().under("HOS-2022").build().acknowledge(MAR_4, "officer.a", null, FAR_FUTURE));
        assertViolates("5.10", () -> atStage2("HOS-2022").build().acknowledge(MAR_13, "officer.b", null, FAR_FUTURE));

        // asking for clarification instead of recording outcomes is accepted
        Complaint clarifying = aComplaint().build();
        clarifying.acknowledge(MAR_4, "officer.a", new Definition("No heating", List.of(), List.of(), List.of(), List.of(),
                "Which rooms are affected, and since when?"), FAR_FUTURE);
        assertThat(clarifying.status()).isEqualTo(Status.UNDER_INVESTIGATION);
        Complaint withOutcomes = aComplaint().build();
        withOutcomes.acknowledge(MAR_4, "officer.a", definition("No heating", "Boiler broken", "Nobody came"), FAR_FUTURE);
        assertThat(withOutcomes.stageRecord(1).definition.pointsToAnswer()).containsExactly("Boiler broken", "Nobody came");
    }

    @Test
    void provision_5_11_refusal_to_escalate_follows_section_2() {
        assertViolates("5.11", () -> atStage2("HOS-2024").build().refuse("NOT_IN_POLICY", null, "Nothing new", null, MAR_13, FAR_FUTURE));
        assertViolates("5.11", () -> atStage2("HOS-2024").build()
                .refuse(LEGAL_PROCEEDINGS.code(), LEGAL_PROCEEDINGS, "Legal proceedings started", null, MAR_13, FAR_FUTURE));
        Complaint c = atStage2("HOS-2024").build();
        CodeRuleViolation v = violation(() -> c.refuse(LEGAL_PROCEEDINGS.code(), LEGAL_PROCEEDINGS, "  ", null, MAR_13, FAR_FUTURE));
        assertThat(v.provision()).isEqualTo("5.11");
        assertThat(v.rule()).isEqualTo("RefusalToEscalateMustBeFairAndReasoned");
        assertThat(v.getMessage()).contains("2.5");
        assertThat(c.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        assertViolates("5.9", () -> atStage2("HOS-2022").build().refuse("NOT_IN_POLICY", null, "Nothing new", null, MAR_13, FAR_FUTURE));

        c.refuse(LEGAL_PROCEEDINGS.code(), LEGAL_PROCEEDINGS, "The resident's solicitor issued a disrepair claim on 11 March.", null,
                MAR_13, FAR_FUTURE);
        assertThat(c.status()).isEqualTo(Status.ESCALATION_REFUSED);
        assertThat(c.pendingEvents().getLast()).isInstanceOfSatisfying(EscalationRefused.class, e -> {
            assertThat(e.stage()).isEqualTo(2);
            assertThat(e.ombudsmanSignposted()).isTrue();
        });
        assertThat(c.stageRecord(1).refusal).isNull();
        c.close(MAR_13, null, FAR_FUTURE);
        assertThat(c.status()).isEqualTo(Status.CLOSED);
    }

    // ---------------------------------------------------------------- section 6, stage 1

    @Test
    void provision_6_2_acknowledge_within_5_working_days() {
        assertThat(scheme("HOS-2024").stage(1).acknowledge())
                .isEqualTo(new ComplaintScheme.Step(5, ComplaintScheme.Anchor.RECEIVED, "6.2"));
        // received Monday 2 March: Tue 3 (1), Wed 4 (2), Thu 5 (3), Fri 6 (4), Mon 9 (5)
        Complaint pending = aComplaint().receivedOn(MAR_2).build();
        assertThat(pending.deadlines(1, ENGLAND_AND_WALES).acknowledgeBy()).isEqualTo(MAR_9);
        assertThat(pending.nextStep(ENGLAND_AND_WALES)).isEqualTo(new Complaint.NextStep("ACKNOWLEDGE", MAR_9));
        assertThat(pending.acknowledgementTimeliness(1, MAR_9, ENGLAND_AND_WALES)).isEqualTo(Timeliness.PENDING);
        assertThat(pending.acknowledgementTimeliness(1, MAR_10, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);

        Complaint onTime = aComplaint().receivedOn(MAR_2).acknowledged(MAR_9, "officer.a").build();
        assertThat(onTime.acknowledgementTimeliness(1, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MET);
        Complaint late = aComplaint().receivedOn(MAR_2).acknowledged(MAR_10, "officer.a").build();
        assertThat(late.acknowledgementTimeliness(1, MAR_10, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);
    }

    @Test
    void provision_6_3_respond_within_10_working_days_of_acknowledgement() {
        assertThat(scheme("HOS-2024").stage(1).respond())
                .isEqualTo(new ComplaintScheme.Step(10, ComplaintScheme.Anchor.ACKNOWLEDGED, "6.3"));
        assertThat(aComplaint().receivedOn(MAR_2).build().deadlines(1, ENGLAND_AND_WALES).respondBy()).isNull();

        // acknowledged Wed 4 March: Thu 5, Fri 6, Mon 9 .. Fri 13 (7), Mon 16, Tue 17, Wed 18 (10)
        Complaint c = acknowledgedOnMar4();
        assertThat(c.deadlines(1, ENGLAND_AND_WALES).respondBy()).isEqualTo(MAR_18);
        assertThat(c.nextStep(ENGLAND_AND_WALES)).isEqualTo(new Complaint.NextStep("RESPOND", MAR_18));
        assertThat(c.responseTimeliness(1, MAR_18, ENGLAND_AND_WALES)).isEqualTo(Timeliness.PENDING);
        assertThat(c.responseTimeliness(1, MAR_19, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);
        // counted from the acknowledgement, not from receipt: acknowledged a day later, due a day later
        assertThat(aComplaint().receivedOn(MAR_2).acknowledged(date(2026, 3, 5), "officer.a").build()
                .deadlines(1, ENGLAND_AND_WALES).respondBy()).isEqualTo(MAR_19);

        Complaint onTime = acknowledgedOnMar4();
        respond(onTime, MAR_18);
        assertThat(onTime.responseTimeliness(1, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MET);
        assertThat(onTime.nextStep(ENGLAND_AND_WALES)).isNull();
        Complaint late = acknowledgedOnMar4();
        respond(late, MAR_19);
        assertThat(late.responseTimeliness(1, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);
    }

    @Test
    void provision_6_4_extension_over_10_days_needs_good_reason() {
        // 10 working days without a good reason: allowed; respond-by moves from Wed 18 March to Wed 1 April
        // (Thu 19, Fri 20, Mon 23 .. Fri 27 (7), Mon 30, Tue 31, Wed 1 April (10))
        Complaint ten = acknowledgedOnMar4();
        extend(ten, 10, null);
        assertThat(ten.deadlines(1, ENGLAND_AND_WALES)).isEqualTo(new Complaint.Deadlines(MAR_9, date(2026, 4, 1), 10));
        assertThat(ten.pendingEvents().getLast()).isInstanceOfSatisfying(ResponseDeadlineExtended.class,
                e -> assertThat(e.newRespondBy()).isEqualTo(date(2026, 4, 1)));

        // 11 without a good reason: refused
        Complaint eleven = acknowledgedOnMar4();
        CodeRuleViolation v = violation(() -> extend(eleven, 11, null));
        assertThat(v.provision()).isEqualTo("6.4");
        assertThat(v.rule()).isEqualTo("ExtensionWithinLimit");
        assertViolates("6.4", () -> extend(eleven, 11, "  "));
        assertThat(eleven.deadlines(1, ENGLAND_AND_WALES).respondBy()).isEqualTo(MAR_18);
        // no reason at all for the extension
        assertViolates("6.4", () -> eleven.extend(1, " ", MAR_16, null, 5, FAR_FUTURE, ENGLAND_AND_WALES));

        // extensions count together: 6 then 5 is 11
        Complaint cumulative = acknowledgedOnMar4();
        extend(cumulative, 6, null);
        assertViolates("6.4", () -> extend(cumulative, 5, null));
        extend(cumulative, 4, null);
        assertThat(cumulative.deadlines(1, ENGLAND_AND_WALES).extendedByWorkingDays()).isEqualTo(10);
        assertThat(cumulative.deadlines(1, ENGLAND_AND_WALES).respondBy()).isEqualTo(date(2026, 4, 1));

        // with a good reason, recorded: allowed
        eleven.extend(11, "Specialist survey needed", MAR_16, "Structural engineer's report is needed first", 5, FAR_FUTURE,
                ENGLAND_AND_WALES);
        assertThat(eleven.deadlines(1, ENGLAND_AND_WALES).respondBy()).isEqualTo(date(2026, 4, 2));
        assertThat(((ResponseDeadlineExtended) eleven.pendingEvents().getLast()).goodReason())
                .isEqualTo("Structural engineer's report is needed first");

        // a response inside the extension is on time; after it, late
        Complaint withinExtension = acknowledgedOnMar4();
        extend(withinExtension, 10, null);
        respond(withinExtension, date(2026, 4, 1));
        assertThat(withinExtension.responseTimeliness(1, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MET);
        Complaint afterExtension = acknowledgedOnMar4();
        extend(afterExtension, 10, null);
        respond(afterExtension, date(2026, 4, 2));
        assertThat(afterExtension.responseTimeliness(1, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);

        assertViolates("5.1", () -> extend(aComplaint().receivedOn(date(2024, 3, 4)).under("HOS-2022")
                .acknowledged(date(2024, 3, 5), "officer.a").build(), 11, null));
    }

    @Test
    void provision_6_5_resident_told_of_extension() {
        Complaint c = acknowledgedOnMar4();
        CodeRuleViolation v = violation(() -> c.extend(5, "Waiting for the contractor's report", null, null, 5, FAR_FUTURE,
                ENGLAND_AND_WALES));
        assertThat(v.provision()).isEqualTo("6.5");
        assertThat(v.rule()).isEqualTo("ResidentToldOfExtension");
        assertThat(c.deadlines(1, ENGLAND_AND_WALES).extendedByWorkingDays()).isZero();

        Complaint stage2 = atStage2("HOS-2024").acknowledged(MAR_13, "officer.b").build();
        assertViolates("6.16", () -> stage2.extend(5, "Waiting", null, null, 5, FAR_FUTURE, ENGLAND_AND_WALES));
        assertViolates("5.3", () -> aComplaint().receivedOn(date(2024, 3, 4)).under("HOS-2022")
                .acknowledged(date(2024, 3, 5), "officer.a").build()
                .extend(5, "Waiting", null, null, 5, FAR_FUTURE, ENGLAND_AND_WALES));

        c.extend(5, "Waiting for the contractor's report", MAR_16, null, 5, FAR_FUTURE, ENGLAND_AND_WALES);
        assertThat(c.deadlines(1, ENGLAND_AND_WALES).extendedByWorkingDays()).isEqualTo(5);
        assertThat(((ResponseDeadlineExtended) c.pendingEvents().getLast()).residentInformedOn()).isEqualTo(MAR_16);
    }

    @Test
    void provision_6_7_response_addresses_every_point() {
        Definition twoPoints = definition("No heating, and staff were rude", "Boiler not repaired", "Staff were rude");
        List<List<PointDecision>> incomplete = List.of(
                List.of(),
                List.of(new PointDecision("Boiler not repaired", Decision.UPHELD, "Three weeks is too long")),
                List.of(new PointDecision("Boiler not repaired", Decision.UPHELD, "Three weeks is too long"),
                        new PointDecision("Staff were rude", Decision.NOT_UPHELD, " ")),
                List.of(new PointDecision("Boiler not repaired", Decision.UPHELD, "Three weeks is too long"),
                        new PointDecision("Staff were rude", null, "Call recording reviewed")));
        for (List<PointDecision> points : incomplete) {
            Complaint c = aComplaint().acknowledged(MAR_4, "officer.a", twoPoints).build();
            CodeRuleViolation v = violation(() -> Responses.respond(c, MAR_10, Decision.PARTLY_UPHELD, "See each point", points, List.of(), List.of(),
                    FAR_FUTURE));
            assertThat(v.provision()).as("%s", points).isEqualTo("6.7");
            assertThat(v.rule()).isEqualTo("ResponseMustAddressEveryPoint");
            assertThat(c.status()).isEqualTo(Status.UNDER_INVESTIGATION);
        }
        // clear reasons for the overall decision are needed too, even for a single point (6.9 d)
        assertViolates("6.9", () -> Responses.respond(acknowledgedOnMar4(),
                MAR_10, Decision.UPHELD, " ", List.of(), List.of(), List.of(), FAR_FUTURE));
        // the 2022 Code's 5.6
        assertViolates("5.6", () -> Responses.respond(aComplaint().under("HOS-2022").acknowledged(MAR_4, "officer.a", twoPoints).build(),
                MAR_10, Decision.UPHELD, "Upheld", List.of(), List.of(), List.of(), FAR_FUTURE));

        // every point answered (matched ignoring case and surrounding spaces): accepted
        Complaint c = aComplaint().acknowledged(MAR_4, "officer.a", twoPoints).build();
        Responses.respond(c, MAR_10, Decision.PARTLY_UPHELD, "See each point", List.of(
                new PointDecision(" boiler NOT repaired", Decision.UPHELD, "Three weeks is too long"),
                new PointDecision("Staff were rude", Decision.NOT_UPHELD, "The call recording shows a polite conversation")),
                List.of(), List.of(), FAR_FUTURE);
        assertThat(c.status()).isEqualTo(Status.RESPONDED);
        // a single point is answered by the overall decision and its reasons
        Complaint single = acknowledgedOnMar4();
        respond(single, MAR_10);
        assertThat(single.status()).isEqualTo(Status.RESPONDED);
    }

    @Test
    void provision_6_18_stage2_response_addresses_every_point() {
        Definition twoPoints = definition("No heating, and staff were rude", "Boiler not repaired", "Staff were rude");
        Complaint stage2 = atStage2("HOS-2024").acknowledged(MAR_13, "officer.b", twoPoints).build();
        assertViolates("6.18", () -> Responses.respond(stage2, MAR_20, Decision.UPHELD, "Upheld", List.of(), List.of(), List.of(), FAR_FUTURE));
        assertThat(stage2.status()).isEqualTo(Status.UNDER_INVESTIGATION);
        Responses.respond(stage2, MAR_20, Decision.UPHELD, "Upheld", answering(twoPoints.points()), List.of(), List.of(), FAR_FUTURE);
        assertThat(stage2.status()).isEqualTo(Status.RESPONDED);
    }

    @Test
    void provision_6_8_related_additional_complaint_joins_before_response() {
        assertThat(scheme("HOS-2024").provision(RuleId.ADDITIONAL_COMPLAINTS_JOIN_IF_RELATED)).isEqualTo("6.8");
        Complaint c = aComplaint().acknowledged(MAR_4, "officer.a", definition("No heating")).build();
        int events = c.pendingEvents().size();

        // unrelated: not joined, nothing recorded (the caller logs a new, linked complaint)
        assertThat(c.additionalComplaint(c.receivedAt().plusSeconds(86_400), "Neighbour's dog barks", false)).isFalse();
        assertThat(c.pendingEvents()).hasSize(events);

        // related, before the response: joins, and the response must now answer it too
        assertThat(c.additionalComplaint(c.receivedAt().plusSeconds(86_400), "Mould in the bathroom", true)).isTrue();
        assertThat(c.pendingEvents()).hasSize(events + 1);
        assertThat(c.stageRecord(1).definition.pointsToAnswer()).containsExactly("No heating", "Mould in the bathroom");
        assertThat(c.stageRecord(1).joined).hasSize(1);
        assertThat(c.status()).isEqualTo(Status.UNDER_INVESTIGATION);
        assertViolates("6.7", () -> Responses.respond(c, MAR_10, Decision.UPHELD, "Upheld", answering(List.of("No heating")), List.of(), List.of(),
                FAR_FUTURE));
        Responses.respond(c, MAR_10, Decision.UPHELD, "Upheld", answering(List.of("No heating", "Mould in the bathroom")), List.of(), List.of(),
                FAR_FUTURE);

        // related, but after the response: not joined
        int responded = c.pendingEvents().size();
        assertThat(c.additionalComplaint(c.receivedAt().plusSeconds(864_000), "Radiator leaks too", true)).isFalse();
        assertThat(c.pendingEvents()).hasSize(responded);
        // and at stage 2 (the rule is about the stage 1 response)
        Complaint stage2 = atStage2("HOS-2024").acknowledged(MAR_13, "officer.b").build();
        assertThat(stage2.additionalComplaint(stage2.receivedAt().plusSeconds(864_000), "Radiator leaks too", true)).isFalse();
    }

    // ---------------------------------------------------------------- section 6, stage 2

    @Test
    void provision_6_10_escalation_only_after_stage1_response() {
        Complaint awaiting = aComplaint().build();
        CodeRuleViolation v = violation(() -> awaiting.requestEscalation(MAR_4, null, FAR_FUTURE));
        assertThat(v.provision()).isEqualTo("6.10");
        assertThat(v.rule()).isEqualTo("EscalationOnlyAfterResponse");
        assertThat(awaiting.stage()).isEqualTo(1);
        Complaint investigating = acknowledgedOnMar4();
        assertViolates("6.10", () -> investigating.requestEscalation(MAR_9, null, FAR_FUTURE));
        assertThat(investigating.status()).isEqualTo(Status.UNDER_INVESTIGATION);
        assertViolates("5.11", () -> aComplaint().under("HOS-2022").build().requestEscalation(MAR_4, null, FAR_FUTURE));

        respond(investigating, MAR_10);
        investigating.requestEscalation(MAR_12, null, FAR_FUTURE);
        assertThat(investigating.stage()).isEqualTo(2);
        assertThat(investigating.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        assertThat(investigating.stageRecord(2).escalationRequestedOn).isEqualTo(MAR_12);
    }

    @Test
    void provision_6_12_escalation_needs_no_reasons() {
        assertThat(scheme("HOS-2024").provision(RuleId.ESCALATION_NEEDS_NO_REASONS)).isEqualTo("6.12");
        for (String noReason : java.util.Arrays.asList(null, "", "   ")) {
            Complaint c = aComplaint().acknowledged(MAR_4, "officer.a").responded(MAR_10).build();
            c.requestEscalation(MAR_12, noReason, FAR_FUTURE);
            assertThat(c.stage()).isEqualTo(2);
            assertThat(c.stageRecord(2).residentReason).isNull();
            assertThat(c.pendingEvents().getLast()).isInstanceOfSatisfying(EscalationRequested.class,
                    e -> assertThat(e.residentReason()).isNull());
        }
        // any reasons the resident did give are kept
        Complaint c = aComplaint().acknowledged(MAR_4, "officer.a").responded(MAR_10).build();
        c.requestEscalation(MAR_12, "The boiler is still broken", FAR_FUTURE);
        assertThat(c.stageRecord(2).residentReason).isEqualTo("The boiler is still broken");
    }

    @Test
    void provision_6_11_stage2_acknowledged_within_5_working_days_of_request() {
        assertThat(scheme("HOS-2024").stage(2).acknowledge())
                .isEqualTo(new ComplaintScheme.Step(5, ComplaintScheme.Anchor.ESCALATION_REQUESTED, "6.11"));
        // requested Thu 12 March: Fri 13 (1), Mon 16 (2), Tue 17 (3), Wed 18 (4), Thu 19 (5)
        Complaint c = atStage2("HOS-2024").build();
        assertThat(c.deadlines(2, ENGLAND_AND_WALES).acknowledgeBy()).isEqualTo(MAR_19);
        assertThat(c.nextStep(ENGLAND_AND_WALES)).isEqualTo(new Complaint.NextStep("ACKNOWLEDGE", MAR_19));
        assertThat(c.acknowledgementTimeliness(2, MAR_19, ENGLAND_AND_WALES)).isEqualTo(Timeliness.PENDING);
        assertThat(c.acknowledgementTimeliness(2, MAR_20, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);
        // stage 1 keeps its own facts
        assertThat(c.deadlines(1, ENGLAND_AND_WALES).acknowledgeBy()).isEqualTo(MAR_9);
        assertThat(c.acknowledgementTimeliness(1, MAR_20, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MET);
        assertThat(c.responseTimeliness(1, MAR_20, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MET);

        assertThat(atStage2("HOS-2024").acknowledged(MAR_19, "officer.b").build()
                .acknowledgementTimeliness(2, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MET);
        assertThat(atStage2("HOS-2024").acknowledged(MAR_20, "officer.b").build()
                .acknowledgementTimeliness(2, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);
    }

    @Test
    void provision_6_13_stage2_handler_must_differ() {
        Complaint c = atStage2("HOS-2024").build();
        // on acknowledging stage 2
        CodeRuleViolation v = violation(() -> c.acknowledge(MAR_13, "officer.a", definition("Still no heating"), FAR_FUTURE));
        assertThat(v.provision()).isEqualTo("6.13");
        assertThat(v.rule()).isEqualTo("Stage2HandlerMustDiffer");
        assertThat(c.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        // on assigning stage 2 before it is acknowledged
        assertViolates("6.13", () -> c.assign("officer.a"));

        c.acknowledge(MAR_13, "officer.b", definition("Still no heating"), FAR_FUTURE);
        assertThat(c.handler()).isEqualTo("officer.b");
        // on reassigning during the stage 2 investigation
        assertViolates("6.13", () -> c.assign("officer.a"));
        assertThat(c.handler()).isEqualTo("officer.b");
        c.assign("officer.c");
        assertThat(c.handler()).isEqualTo("officer.c");
        assertThat(c.stageRecord(1).handler).isEqualTo("officer.a");

        // at stage 1 anyone may be (re)assigned
        Complaint stage1 = acknowledgedOnMar4();
        stage1.assign("officer.b");
        stage1.assign("officer.a");
        assertThat(stage1.handler()).isEqualTo("officer.a");

        assertViolates("5.12", () -> atStage2("HOS-2022").build().acknowledge(MAR_13, "officer.a", definition("x"), FAR_FUTURE));
    }

    @Test
    void provision_6_13_no_one_who_handled_stage_1_may_consider_stage_2() {
        // stage 1 passed from officer.a to officer.b before the response: neither may take stage 2
        Complaint c = aComplaint().acknowledged(MAR_4, "officer.a", definition("No heating")).build();
        c.assign("officer.b");
        respond(c, MAR_10);
        c.requestEscalation(MAR_12, null, FAR_FUTURE);
        assertViolates("6.13", () -> c.acknowledge(MAR_13, "officer.a", definition("Still no heating"), FAR_FUTURE));
        assertViolates("6.13", () -> c.acknowledge(MAR_13, "officer.b", definition("Still no heating"), FAR_FUTURE));
        c.acknowledge(MAR_13, "officer.c", definition("Still no heating"), FAR_FUTURE);
        assertThat(c.handler()).isEqualTo("officer.c");
    }

    @Test
    void provision_6_8_a_related_complaint_raised_before_acknowledgement_is_in_the_definition() {
        Complaint c = aComplaint().build();
        assertThat(c.additionalComplaint(c.receivedAt().plusSeconds(3_600), "Mould in the bathroom", true)).isTrue();
        c.acknowledge(MAR_4, "officer.a", definition("No heating"), FAR_FUTURE);
        assertThat(c.stageRecord(1).definition.pointsToAnswer()).containsExactly("No heating", "Mould in the bathroom");
        assertViolates("6.7", () -> Responses.respond(c, MAR_10, Decision.UPHELD, "Upheld", answering(List.of("No heating")), List.of(), List.of(),
                FAR_FUTURE));
    }

    @Test
    void provision_6_14_stage2_response_within_20_working_days() {
        assertThat(scheme("HOS-2024").stage(2).respond())
                .isEqualTo(new ComplaintScheme.Step(20, ComplaintScheme.Anchor.ACKNOWLEDGED, "6.14"));
        // acknowledged Fri 13 March: Mon 16 .. Fri 20 (5), Mon 23 .. Fri 27 (10), Mon 30, Tue 31, Wed 1 April, Thu 2 April (14),
        // Good Friday 3 April and Easter Monday 6 April skipped, Tue 7 .. Fri 10 (18), Mon 13 (19), Tue 14 April (20)
        Complaint c = atStage2("HOS-2024").acknowledged(MAR_13, "officer.b").build();
        LocalDate apr14 = date(2026, 4, 14);
        assertThat(c.deadlines(2, ENGLAND_AND_WALES).respondBy()).isEqualTo(apr14);
        assertThat(c.nextStep(ENGLAND_AND_WALES)).isEqualTo(new Complaint.NextStep("RESPOND", apr14));
        assertThat(c.responseTimeliness(2, apr14, ENGLAND_AND_WALES)).isEqualTo(Timeliness.PENDING);
        assertThat(c.responseTimeliness(2, date(2026, 4, 15), ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);
        // from the acknowledgement, not the request (12 March): acknowledged on Mon 16 instead, due Wed 15 April
        assertThat(atStage2("HOS-2024").acknowledged(MAR_16, "officer.b").build().deadlines(2, ENGLAND_AND_WALES).respondBy())
                .isEqualTo(date(2026, 4, 15));

        respond(c, apr14);
        assertThat(c.responseTimeliness(2, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MET);
        Complaint late = atStage2("HOS-2024").acknowledged(MAR_13, "officer.b").build();
        respond(late, date(2026, 4, 15));
        assertThat(late.responseTimeliness(2, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);
    }

    @Test
    void provision_6_15_stage2_extension_over_20_days_needs_good_reason() {
        Complaint twenty = atStage2("HOS-2024").acknowledged(MAR_13, "officer.b").build();
        extend(twenty, 20, null);
        assertThat(twenty.deadlines(2, ENGLAND_AND_WALES).extendedByWorkingDays()).isEqualTo(20);
        // 40 working days from Fri 13 March: 20 to Tue 14 April as in 6.14 (Easter skipped), then Wed 15 .. Fri 17 (23),
        // Mon 20 .. Fri 24 (28), Mon 27 April .. Fri 1 May (33), Mon 4 May is the early May bank holiday,
        // Tue 5 .. Fri 8 (37), Mon 11 (38), Tue 12 (39), Wed 13 May (40)
        assertThat(twenty.deadlines(2, ENGLAND_AND_WALES).respondBy()).isEqualTo(date(2026, 5, 13));

        Complaint twentyOne = atStage2("HOS-2024").acknowledged(MAR_13, "officer.b").build();
        CodeRuleViolation v = violation(() -> extend(twentyOne, 21, null));
        assertThat(v.provision()).isEqualTo("6.15");
        assertThat(v.rule()).isEqualTo("ExtensionWithinLimit");
        extend(twentyOne, 15, null);
        assertViolates("6.15", () -> extend(twentyOne, 6, null));
        extend(twentyOne, 6, "Awaiting the insurer's loss adjuster");
        assertThat(twentyOne.deadlines(2, ENGLAND_AND_WALES).extendedByWorkingDays()).isEqualTo(21);
        // stage 1's extensions do not count against stage 2's
        Complaint both = aComplaint().receivedOn(MAR_2).acknowledged(MAR_4, "officer.a").extended(10, MAR_4).responded(MAR_10)
                .escalated(MAR_12).acknowledged(MAR_13, "officer.b").build();
        extend(both, 20, null);
        assertThat(both.deadlines(1, ENGLAND_AND_WALES).extendedByWorkingDays()).isEqualTo(10);
        assertThat(both.deadlines(2, ENGLAND_AND_WALES).extendedByWorkingDays()).isEqualTo(20);
    }

    // ---------------------------------------------------------------- the 2022 Code

    @Test
    void scheme_2022_applies_to_complaints_received_before_1_april_2024() {
        assertThat(ComplaintBuilder.SCHEMES.forReceivedOn(date(2024, 3, 31)).id()).isEqualTo("HOS-2022");
        assertThat(ComplaintBuilder.SCHEMES.forReceivedOn(date(2024, 4, 1)).id()).isEqualTo("HOS-2024");
        assertThat(aComplaint().receivedOn(date(2024, 3, 31)).build().scheme().id()).isEqualTo("HOS-2022");
        assertThat(aComplaint().receivedOn(date(2024, 4, 1)).build().scheme().id()).isEqualTo("HOS-2024");
    }

    @Test
    void scheme_2022_stage1_response_within_10_working_days_of_logging() {
        // received Mon 4 March 2024, acknowledged (logged) Wed 6 March: Thu 7 .. Wed 20 March (10)
        Complaint c = aComplaint().receivedOn(date(2024, 3, 4)).acknowledged(date(2024, 3, 6), "officer.a").build();
        assertThat(c.scheme().id()).isEqualTo("HOS-2022");
        assertThat(c.deadlines(1, ENGLAND_AND_WALES))
                .isEqualTo(new Complaint.Deadlines(date(2024, 3, 11), date(2024, 3, 20), 0));
        assertThat(c.scheme().stage(1).respond().provision()).isEqualTo("5.1");
    }

    @Test
    void scheme_2022_stage2_response_within_20_working_days_of_escalation_request() {
        // requested Wed 13 March 2024, acknowledged Mon 18 March. 20 working days from the request:
        // Thu 14, Fri 15 (2), Mon 18 .. Fri 22 (7), Mon 25 .. Thu 28 (11), Good Friday 29 March and Easter Monday 1 April skipped,
        // Tue 2 .. Fri 5 April (15), Mon 8 .. Fri 12 April (20)
        Complaint c = aComplaint().receivedOn(date(2024, 3, 4)).acknowledged(date(2024, 3, 6), "officer.a")
                .responded(date(2024, 3, 12)).escalated(date(2024, 3, 13)).acknowledged(date(2024, 3, 18), "officer.b").build();
        assertThat(c.deadlines(2, ENGLAND_AND_WALES).respondBy()).isEqualTo(date(2024, 4, 12));
        assertThat(c.scheme().stage(2).respond())
                .isEqualTo(new ComplaintScheme.Step(20, ComplaintScheme.Anchor.ESCALATION_REQUESTED, "5.13"));
        // before the stage 2 acknowledgement the deadline is already running
        Complaint notYetAcknowledged = aComplaint().receivedOn(date(2024, 3, 4)).acknowledged(date(2024, 3, 6), "officer.a")
                .responded(date(2024, 3, 12)).escalated(date(2024, 3, 13)).build();
        assertThat(notYetAcknowledged.deadlines(2, ENGLAND_AND_WALES).respondBy()).isEqualTo(date(2024, 4, 12));
    }

    @Test
    void scheme_2022_stage2_extension_limit_is_10_working_days() {
        Complaint eleven = aComplaint().receivedOn(date(2024, 3, 4)).acknowledged(date(2024, 3, 6), "officer.a")
                .responded(date(2024, 3, 12)).escalated(date(2024, 3, 13)).acknowledged(date(2024, 3, 18), "officer.b").build();
        CodeRuleViolation v = violation(() -> eleven.extend(11, "Waiting", date(2024, 3, 18), null, 5, FAR_FUTURE, ENGLAND_AND_WALES));
        assertThat(v.provision()).isEqualTo("5.13");

        eleven.extend(10, "Waiting", date(2024, 3, 18), null, 5, FAR_FUTURE, ENGLAND_AND_WALES);
        // 12 April + 10 working days: Mon 15 .. Fri 19 (5), Mon 22 .. Fri 26 April (10)
        assertThat(eleven.deadlines(2, ENGLAND_AND_WALES).respondBy()).isEqualTo(date(2024, 4, 26));
        assertThatCode(() -> eleven.extend(1, "Waiting", date(2024, 3, 18), "Insurer's report", 5, FAR_FUTURE, ENGLAND_AND_WALES))
                .doesNotThrowAnyException();
    }

    // ---------------------------------------------------------------- record-keeping provisions

    @Test
    void provision_1_4_a_service_request_is_recorded_and_monitored_until_resolved() {
        Complaint request = aComplaint().build();
        request.triageAsServiceRequest("A first request to repair the gate", true);
        assertThat(request.pendingEvents()).extracting(ComplaintEvent::type).containsExactly("ComplaintReceived", "TriagedAsServiceRequest");
        assertThat(request.status()).isEqualTo(Status.SERVICE_REQUEST);
        assertThat(request.allowedIntents()).contains(Intent.RESOLVE_SERVICE_REQUEST, Intent.RAISE_DISSATISFACTION_WITH_SERVICE_REQUEST);
        request.resolveServiceRequest(MAR_9, "Gate repaired", FAR_FUTURE);
        assertThat(request.status()).isEqualTo(Status.CLOSED);
        assertThat(request.serviceRequestResolvedOn()).isEqualTo(MAR_9);
    }

    @Test
    void provision_2_4_a_refusal_records_its_reasons_and_that_the_ombudsman_was_signposted() {
        Complaint c = aComplaint().build();
        c.refuse("LEGAL_PROCEEDINGS", ComplaintBuilder.LEGAL_PROCEEDINGS,
                "The resident's solicitor issued a disrepair claim about the same boiler on 1 February.", null, MAR_4, FAR_FUTURE);
        var refusal = (ComplaintEvent.ComplaintNotAccepted) c.pendingEvents().getLast();
        assertThat(refusal.reasons()).contains("disrepair claim");
        assertThat(refusal.ombudsmanSignposted()).isTrue();
        assertThat(c.status()).isEqualTo(Status.NOT_ACCEPTED);
    }

    @Test
    void provision_5_7_the_definition_records_what_we_are_and_are_not_responsible_for() {
        Definition definition = new Definition("No heating for three weeks", List.of("Repair not booked"), List.of("Boiler repaired"),
                List.of("Repairing the boiler"), List.of("The gas supply (the energy supplier)"), null);
        Complaint c = aComplaint().acknowledged(MAR_4, "officer.a", definition).build();
        assertThat(c.stageRecord(1).definition.responsibleFor()).containsExactly("Repairing the boiler");
        assertThat(c.stageRecord(1).definition.notResponsibleFor()).containsExactly("The gas supply (the energy supplier)");
        var acknowledged = (ComplaintEvent.StageAcknowledged) c.pendingEvents().getLast();
        assertThat(acknowledged.definition().notResponsibleFor()).containsExactly("The gas supply (the energy supplier)");
    }

    @Test
    void provision_6_6_outstanding_actions_are_recorded_with_due_dates_not_before_the_response() {
        Complaint c = acknowledgedOnMar4();
        assertThat(catchThrowable(() -> Responses.respond(c, MAR_10, Decision.UPHELD, "Late repair", List.of(), List.of(),
                List.of(new OutstandingAction("Replace the boiler", MAR_9)), FAR_FUTURE)))
                .isInstanceOf(org.putright.shared.InvalidRequestException.class);
        Responses.respond(c, MAR_10, Decision.UPHELD, "Late repair", List.of(), List.of(new Remedy(Remedy.Type.APOLOGY, "We apologise")),
                List.of(new OutstandingAction("Replace the boiler", MAR_23)), FAR_FUTURE);
        assertThat(c.stageRecord(1).response.outstandingActions()).containsExactly(new OutstandingAction("Replace the boiler", MAR_23));
        // the response is sent when the answer is known, with the action still to do
        assertThat(c.status()).isEqualTo(Status.RESPONDED);
    }

    @Test
    void provision_6_6_outstanding_actions_are_tracked_to_completion() {
        Complaint c = aComplaint().receivedOn(MAR_2).acknowledged(MAR_4, "officer.a")
                .responded(MAR_10, new OutstandingAction("Replace the boiler", MAR_16), new OutstandingAction("Redecorate", MAR_23))
                .build();
        LocalDate today = MAR_19;
        // unknown stage or action, completed before the response or in the future, no evidence: refused, naming the field
        assertThat(invalidField(() -> c.completeOutstandingAction(2, 0, MAR_18, "Done", today))).isEqualTo("stage");
        assertThat(invalidField(() -> c.completeOutstandingAction(1, 2, MAR_18, "Done", today))).isEqualTo("action");
        assertThat(invalidField(() -> c.completeOutstandingAction(1, -1, MAR_18, "Done", today))).isEqualTo("action");
        assertThat(invalidField(() -> c.completeOutstandingAction(1, 0, MAR_9, "Done", today))).isEqualTo("completedOn");
        assertThat(invalidField(() -> c.completeOutstandingAction(1, 0, MAR_20, "Done", today))).isEqualTo("completedOn");
        assertThat(invalidField(() -> c.completeOutstandingAction(1, 0, null, "Done", today))).isEqualTo("completedOn");
        assertThat(invalidField(() -> c.completeOutstandingAction(1, 0, MAR_18, "  ", today))).isEqualTo("evidence");
        assertThat(c.pendingEvents()).noneMatch(e -> e instanceof ComplaintEvent.OutstandingActionCompleted);

        // the first action is late: the view says so until it is done
        ComplaintViews views = new ComplaintViews(2);
        var before = views.view(c, List.of(), ENGLAND_AND_WALES, today).stages().getFirst().response().outstandingActions();
        assertThat(before).extracting(ComplaintView.OutstandingActionView::overdue).containsExactly(true, false);
        assertThat(before).extracting(ComplaintView.OutstandingActionView::completedOn).containsOnlyNulls();

        c.completeOutstandingAction(1, 0, MAR_18, "Boiler replaced; job 1234 signed off", today);
        var completed = (ComplaintEvent.OutstandingActionCompleted) c.pendingEvents().getLast();
        assertThat(completed).isEqualTo(new ComplaintEvent.OutstandingActionCompleted(c.id(), 1, 0, "Replace the boiler", MAR_18,
                "Boiler replaced; job 1234 signed off"));
        assertThat(c.status()).isEqualTo(Status.RESPONDED);
        var after = views.view(c, List.of(), ENGLAND_AND_WALES, today).stages().getFirst().response().outstandingActions();
        assertThat(after.getFirst()).isEqualTo(new ComplaintView.OutstandingActionView(0, "Replace the boiler", MAR_16, null, MAR_18,
                "Boiler replaced; job 1234 signed off", false));
        assertThat(after.get(1).completedOn()).isNull();

        // done once: a second completion is a conflict, not a second record
        int events = c.pendingEvents().size();
        assertThatThrownBy(() -> c.completeOutstandingAction(1, 0, MAR_19, "Again", today)).isInstanceOf(ConflictException.class);
        assertThat(c.pendingEvents()).hasSize(events);

        // still tracked after the complaint is closed
        c.close(MAR_19, "Resident satisfied", FAR_FUTURE);
        c.completeOutstandingAction(1, 1, MAR_19, "Redecoration finished; resident confirmed by phone", today);
        assertThat(c.stageRecord(1).completions).containsOnlyKeys(0, 1);
        assertThat(c.status()).isEqualTo(Status.CLOSED);
        // and the record replays to the same state
        Complaint replayed = Complaint.replay(c.pendingEvents(), ComplaintBuilder::scheme);
        assertThat(replayed.stageRecord(1).completions).isEqualTo(c.stageRecord(1).completions);
    }

    @Test
    void provision_6_17_stage2_outstanding_actions_are_tracked_to_completion() {
        Complaint c = aComplaint().receivedOn(MAR_2).acknowledged(MAR_4, "officer.a")
                .responded(MAR_10, new OutstandingAction("Replace the boiler", MAR_16)).escalated(MAR_12)
                .build();
        // stage 1's actions are still tracked while stage 2 is under way; stage 2 has none until it responds
        c.completeOutstandingAction(1, 0, MAR_13, "Boiler replaced", MAR_13);
        assertThat(c.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        assertThat(invalidField(() -> c.completeOutstandingAction(2, 0, MAR_13, "Done", MAR_13))).isEqualTo("stage");
        c.acknowledge(MAR_13, "officer.b", definition("Still no heating"), FAR_FUTURE);
        Responses.respond(c, MAR_20, Decision.UPHELD, "Upheld", List.of(), List.of(),
                List.of(new OutstandingAction("Inspect the radiators", MAR_23)), FAR_FUTURE);
        assertThat(invalidField(() -> c.completeOutstandingAction(2, 0, MAR_19, "Inspected", MAR_23))).isEqualTo("completedOn");
        c.completeOutstandingAction(2, 0, MAR_23, "Radiators inspected; two valves replaced", MAR_23);
        assertThat(c.stageRecord(2).completions.get(0).evidence()).isEqualTo("Radiators inspected; two valves replaced");
        assertThatThrownBy(() -> c.completeOutstandingAction(2, 0, MAR_23, "Again", MAR_23)).isInstanceOf(ConflictException.class);
        c.close(MAR_23, null, FAR_FUTURE);
        assertThat(c.status()).isEqualTo(Status.CLOSED);
    }

    static String invalidField(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected an InvalidRequestException").isInstanceOf(InvalidRequestException.class);
        return ((InvalidRequestException) thrown).field();
    }

    @Test
    void provision_6_16_stage2_resident_told_of_extension() {
        Complaint c = atStage2("HOS-2024").acknowledged(MAR_13, "officer.b").build();
        CodeRuleViolation v = violation(() -> c.extend(5, "Waiting for a survey", null, null, 5, FAR_FUTURE, ENGLAND_AND_WALES));
        assertThat(v.provision()).isEqualTo("6.16");
        c.extend(5, "Waiting for a survey", MAR_16, null, 5, FAR_FUTURE, ENGLAND_AND_WALES);
        assertThat(c.stageRecord(2).extensions).hasSize(1);
    }

    @Test
    void provision_5_9_a_late_response_needs_agreed_update_intervals() {
        Complaint c = acknowledgedOnMar4();
        CodeRuleViolation v = violation(() -> c.extend(5, "Waiting for the contractor's report", MAR_16, null, null, FAR_FUTURE,
                ENGLAND_AND_WALES));
        assertThat(v.provision()).isEqualTo("5.9");
        assertThat(v.rule()).isEqualTo("ExtensionAgreesUpdateIntervals");
        assertThatThrownBy(() -> c.extend(5, "Waiting", MAR_16, null, 21, FAR_FUTURE, ENGLAND_AND_WALES))
                .isInstanceOf(InvalidRequestException.class);
        c.extend(5, "Waiting for the contractor's report", MAR_16, null, 3, FAR_FUTURE, ENGLAND_AND_WALES);
        assertThat(((ResponseDeadlineExtended) c.pendingEvents().getLast()).updateEveryWorkingDays()).isEqualTo(3);
        // the 2022 Code asked landlords to keep to arrangements made (4.11), not to make one with every extension
        Complaint older = aComplaint().receivedOn(date(2024, 3, 1)).under("HOS-2022").acknowledged(date(2024, 3, 4), "officer.a").build();
        assertThatCode(() -> older.extend(5, "Waiting", date(2024, 3, 18), null, null, FAR_FUTURE, ENGLAND_AND_WALES))
                .doesNotThrowAnyException();
    }
}
