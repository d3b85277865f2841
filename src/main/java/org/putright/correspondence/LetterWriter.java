package org.putright.correspondence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.putright.complaints.ComplaintEvent;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.Decision;
import org.putright.complaints.Definition;
import org.putright.complaints.OutstandingAction;
import org.putright.complaints.PointDecision;
import org.putright.complaints.RefusalGround;
import org.putright.complaints.Remedy;
import org.putright.correspondence.LetterDocument.Block;
import org.putright.correspondence.LetterDocument.Bullets;
import org.putright.correspondence.LetterDocument.Paragraph;
import org.putright.correspondence.LetterDocument.Row;
import org.putright.correspondence.LetterDocument.Rows;
import org.putright.correspondence.LetterDocument.Section;
import org.putright.identity.Role;
import org.putright.identity.StaffDirectory;
import org.putright.identity.StaffMember;
import org.putright.residents.ConsentRequested;
import org.putright.residents.ContactPlan;
import org.putright.residents.ContactRestrictionImposed;
import org.putright.residents.Representatives;
import org.putright.residents.ResidentDossier;
import org.putright.residents.ResidentRepresentative;
import org.putright.shared.web.Landlord;
import org.putright.shared.web.Ombudsman;
import org.springframework.stereotype.Component;

/**
 * Writes each letter's required sections from the complaint's record: what the Code says each letter must tell the
 * resident. These sections are fixed; the landlord's wording only goes around them.
 */
@Component
class LetterWriter {

    private final ComplaintService complaints;
    private final StaffDirectory staff;
    private final Landlord landlord;
    private final Representatives representatives;
    private final ResidentDossier dossier;

    LetterWriter(ComplaintService complaints, StaffDirectory staff, Landlord landlord, Representatives representatives,
            ResidentDossier dossier) {
        this.complaints = complaints;
        this.staff = staff;
        this.landlord = landlord;
        this.representatives = representatives;
        this.dossier = dossier;
    }

    /** The letter for a complaint event, or null when the event produces no letter. */
    Draft write(ComplaintEvent event) {
        return switch (event) {
            case ComplaintEvent.StageAcknowledged e -> acknowledgement(e);
            case ComplaintEvent.ResponseDeadlineExtended e -> extension(e);
            case ComplaintEvent.ComplaintNotAccepted e -> refusal(e);
            case ComplaintEvent.EscalationRefused e -> escalationRefusal(e);
            case ComplaintEvent.StageResponded e -> response(e);
            case ComplaintEvent.OutstandingActionCompleted e -> actionUpdate(e);
            default -> null;
        };
    }

    /**
     * What a letter says, before the landlord's wording is added. {@code plan} names the recipients when they are not
     * the complaint's (null: whoever the resident's consent says on the day, 3.6).
     */
    record Draft(ComplaintView complaint, LetterType type, int stage, String subject, List<Section> sections, ContactPlan plan) {

        Draft(ComplaintView complaint, LetterType type, int stage, String subject, List<Section> sections) {
            this(complaint, type, stage, subject, sections, null);
        }
    }

    // 1.3 / 3.6: someone acted for the resident without consent; the complaint is logged, and we ask the resident
    Draft consentRequest(ConsentRequested e, ContactPlan residentOnly) {
        ComplaintView c = complaints.get(e.complaintId());
        ResidentRepresentative rep = representatives.get(e.representativeId());
        String who = rep.name() + (rep.organisation() == null ? "" : " of " + rep.organisation());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("who", "Who contacted us", new Paragraph(who + " contacted us on " + date(c.receivedOn())
                + " to make a complaint on your behalf. They told us they are your " + relationship(rep.relationship()) + ".")));
        sections.add(new Section("logged", "Your complaint is logged", new Paragraph("We have logged the complaint under reference "
                + c.reference() + " and we are dealing with it as normal. You do not need to do anything for it to go ahead, and "
                + "we will write to you about it.")));
        sections.add(new Section("consent", "If you want " + rep.name() + " to act for you",
                new Paragraph("We can only discuss your complaint with " + rep.name() + ", or send them our letters about it, if you "
                        + "give us your consent. To give consent, contact us on " + landlord.phone() + " or at " + landlord.email() + ", or write to us, "
                        + "quoting " + c.reference() + ". Please tell us:"),
                new Bullets(List.of("that you agree to " + rep.name() + " acting for you",
                        "whether that is for this complaint only or for all your complaints",
                        "whether there is a date it should end",
                        "whether our letters should go to them, to you, or to both of you"))));
        sections.add(new Section("no-consent", "If you do not want them to act for you", new Paragraph("You do not have to agree. If you "
                + "do not, we will keep dealing with you directly and will not share your information with " + rep.name() + ". You can "
                + "change your mind at any time.")));
        return new Draft(c, LetterType.CONSENT_REQUEST, Math.max(1, c.stage()), "Someone has contacted us on your behalf", sections,
                residentOnly);
    }

    // 5.14: what the restriction is, why, when it will be reviewed, and that complaints are still logged and escalated
    Draft restrictionNotice(ContactRestrictionImposed e, ComplaintView c, ContactPlan residentOnly) {
        ResidentDossier.Restriction restriction = dossier.restriction(e.restrictionId()).orElse(null);
        List<String> kinds = e.kinds() == null ? List.of() : e.kinds().stream().map(Enum::name).toList();
        List<Section> sections = new ArrayList<>();
        List<String> what = kinds.stream().map(LetterWriter::restrictionWords).toList();
        List<Block> whatBlocks = new ArrayList<>();
        whatBlocks.add(new Paragraph("From " + date(restriction == null ? null : restriction.startsOn()).replaceFirst("^$", "now")
                + ", we will limit how we are in contact with you:"));
        whatBlocks.add(new Bullets(what.isEmpty() ? List.of("as set out below") : what));
        if (e.detail() != null && !e.detail().isBlank()) {
            whatBlocks.add(new Paragraph(e.detail()));
        }
        sections.add(new Section("restriction", "What is changing", whatBlocks));
        if (restriction != null) {
            sections.add(new Section("why", "Why we have done this", new Paragraph(restriction.behaviour()),
                    new Paragraph("We think this is a fair and proportionate response because: " + restriction.proportionateBecause())));
        }
        sections.add(new Section("review", "When we will review it", new Paragraph("We will review this by " + date(e.reviewOn())
                + ". If we do not renew it then, it will stop applying, and we will tell you the outcome of the review.")));
        sections.add(new Section("complaints", "Your complaints are not affected", new Paragraph("This does not stop you making a "
                + "complaint, or asking for a complaint to go to the next stage. Any complaint you make will be logged and dealt with "
                + "under our complaints policy as normal.")));
        sections.add(ombudsmanSection("ombudsman", "Help and advice from the Housing Ombudsman",
                "If you are unhappy with how we have handled this, you can contact the Housing Ombudsman for free, independent advice."));
        return new Draft(c, LetterType.RESTRICTION_NOTICE, Math.max(1, c.stage()), "How we will be in contact with you", sections,
                residentOnly);
    }

    private static String relationship(ResidentRepresentative.Relationship relationship) {
        return switch (relationship) {
            case FAMILY -> "family member";
            case FRIEND -> "friend";
            case ADVOCATE -> "advocate";
            case SOLICITOR -> "solicitor";
            case MP -> "MP";
            case COUNCILLOR -> "councillor";
            case OTHER -> "representative";
        };
    }

    static String restrictionWords(String kind) {
        return switch (kind) {
            case "WRITTEN_CONTACT_ONLY" -> "we will only be in contact in writing (letters and email), not by phone or text";
            case "SINGLE_POINT_OF_CONTACT" -> "one named member of staff will be your single point of contact";
            case "LIMITED_CALL_TIMES" -> "phone calls will only be at set times";
            default -> kind.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    // 6.2 / 6.11 (2.8 early advice, 3.7): the definition, when we will respond, who is handling it, and the Ombudsman
    private Draft acknowledgement(ComplaintEvent.StageAcknowledged e) {
        ComplaintView c = complaints.get(e.complaintId());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("stage", "Your complaint", new Paragraph("We have accepted your complaint at stage " + e.stage()
                + " of our complaints process. We acknowledged it on " + date(e.acknowledgedOn()) + ".")));
        sections.add(definitionSection(e.definition()));
        LocalDate respondBy = c.deadlines() == null ? null : c.deadlines().respondBy();
        sections.add(new Section("response-date", "When we will respond",
                new Paragraph(respondBy == null ? "We will give you our full response as soon as we can."
                        : "We will give you our full response in writing by " + date(respondBy) + ". If we need more time, "
                                + "we will tell you why and when you can expect it.")));
        sections.add(new Section("handler", "Who is looking into it", new Paragraph("Your complaint is being looked into by our "
                + jobTitle(e.handler()) + ". You can contact them through our complaints team on " + landlord.phone() + " or at "
                + landlord.email() + ".")));
        sections.add(ombudsmanSection("ombudsman", "Help and advice from the Housing Ombudsman",
                "You can contact the Housing Ombudsman at any time for free, independent advice about your complaint, "
                        + "including while we are looking into it."));
        return new Draft(c, LetterType.ACKNOWLEDGEMENT, e.stage(), "We have received your complaint (stage " + e.stage() + ")",
                sections);
    }

    // 6.5 / 6.16: why we need longer, the new date, and the Ombudsman's contact details
    private Draft extension(ComplaintEvent.ResponseDeadlineExtended e) {
        ComplaintView c = complaints.get(e.complaintId());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("reason", "Why we need more time", new Paragraph(e.reason())));
        sections.add(new Section("new-date", "When you will have our response",
                new Paragraph("We will now give you our stage " + e.stage() + " response by " + date(e.newRespondBy()) + "."
                        + (e.updateEveryWorkingDays() == null ? "" : " Until then, as we agreed, we will update you on our progress at least every "
                                + e.updateEveryWorkingDays() + " working " + (e.updateEveryWorkingDays() == 1 ? "day" : "days") + "."))));
        sections.add(ombudsmanSection("ombudsman", "If you are unhappy with the extension",
                "If you are unhappy that we need more time, you can contact the Housing Ombudsman for free, independent advice."));
        return new Draft(c, LetterType.EXTENSION, e.stage(), "We need more time to respond to your complaint", sections);
    }

    // 2.4: the decision not to accept, the ground and reasons, and the right to take it to the Ombudsman
    private Draft refusal(ComplaintEvent.ComplaintNotAccepted e) {
        ComplaintView c = complaints.get(e.complaintId());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("decision", "Our decision", new Paragraph("We are not able to accept your concerns as a complaint "
                + "under our complaints policy. We made this decision on " + date(e.decidedOn()) + ".")));
        sections.add(new Section("reasons", "Why", new Rows(null, List.of(new Row("Reason in our policy", groundLabel(e.ground())))),
                new Paragraph(e.reasons())));
        sections.add(ombudsmanSection("ombudsman", "Your right to go to the Housing Ombudsman",
                "If you disagree with our decision, you have the right to ask the Housing Ombudsman to look at it. "
                        + "It is free and independent."));
        return new Draft(c, LetterType.REFUSAL, Math.max(1, c.stage()), "We cannot accept your complaint", sections);
    }

    // 5.11: an escalation refused only on a valid ground, with reasons, and the Ombudsman
    private Draft escalationRefusal(ComplaintEvent.EscalationRefused e) {
        ComplaintView c = complaints.get(e.complaintId());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("decision", "Our decision", new Paragraph("We are not able to take your complaint to stage "
                + (e.stage()) + " of our complaints process. We made this decision on " + date(e.decidedOn()) + ".")));
        sections.add(new Section("reasons", "Why", new Rows(null, List.of(new Row("Reason in our policy", groundLabel(e.ground())))),
                new Paragraph(e.reasons())));
        sections.add(ombudsmanSection("ombudsman", "Your right to go to the Housing Ombudsman",
                "If you disagree with our decision, you have the right to ask the Housing Ombudsman to look at your complaint. "
                        + "It is free and independent."));
        return new Draft(c, LetterType.ESCALATION_REFUSAL, e.stage(), "We cannot take your complaint to the next stage", sections);
    }

    // 6.9 / 6.19 a–g, each under its own heading
    private Draft response(ComplaintEvent.StageResponded e) {
        ComplaintView c = complaints.get(e.complaintId());
        Definition definition = definitionAt(c, e.stage());
        boolean finalStage = e.stage() >= 2; // 5.3: at most two stages, then the Ombudsman
        List<Section> sections = new ArrayList<>();
        // a. the complaint stage
        sections.add(new Section("stage", "Complaint stage", new Paragraph("This is our stage " + e.stage() + " response"
                + (finalStage ? ", our final response under our complaints process" : "") + ", dated " + date(e.respondedOn()) + ".")));
        // b. the complaint definition
        sections.add(definitionSection(definition));
        // c. the decision on the complaint, overall and on each point
        List<Block> decision = new ArrayList<>();
        decision.add(new Paragraph("Overall, your complaint is " + decision(e.decision()) + "."));
        for (PointDecision point : e.points()) {
            List<Row> rows = new ArrayList<>();
            rows.add(new Row("Decision", capitalise(decision(point.decision()))));
            if (point.reasons() != null && !point.reasons().isBlank()) {
                rows.add(new Row("Why", point.reasons()));
            }
            decision.add(new Rows(point.point(), rows));
        }
        sections.add(new Section("decision", "Our decision", decision));
        // d. the reasons for any decisions made
        sections.add(new Section("reasons", "The reasons for our decision", new Paragraph(e.reasons())));
        // e. the remedy offered to put things right, or why none is offered
        sections.add(new Section("remedies", "Putting things right", remedies(e)));
        // f. details of any outstanding actions, or that there are none
        sections.add(new Section("outstanding-actions", "What we still have to do", outstandingActions(e)));
        // g. how to escalate: to stage 2, or to the Ombudsman after the final stage
        sections.add(new Section("escalation", finalStage ? "Taking your complaint to the Housing Ombudsman"
                : "If you are not satisfied", new Paragraph(e.escalationRoute())));
        LetterType type = e.stage() >= 2 ? LetterType.STAGE_2_RESPONSE : LetterType.STAGE_1_RESPONSE;
        return new Draft(c, type, e.stage(), "Our stage " + e.stage() + " response to your complaint", sections);
    }

    private List<Block> remedies(ComplaintEvent.StageResponded e) {
        if (e.remedies().isEmpty()) {
            return List.of(new Paragraph("We are not offering a remedy, because: " + nullToEmpty(e.noRemedyReason())));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("To put things right, we will do the following."));
        int n = 0;
        for (Remedy remedy : e.remedies()) {
            n++;
            List<Row> rows = new ArrayList<>();
            rows.add(new Row("Type of remedy", remedyType(remedy.type())));
            rows.add(new Row("What will happen", remedy.description()));
            rows.add(new Row("By when", remedy.dueOn() == null ? "Now, with this letter" : date(remedy.dueOn())));
            Remedy.Financial money = remedy.financial();
            if (money != null) {
                rows.add(new Row("Statutory payment", pounds(money.statutory())));
                rows.add(new Row("Quantifiable loss", pounds(money.quantifiableLoss())));
                rows.add(new Row("Time and trouble", pounds(money.timeAndTrouble())));
                rows.add(new Row("Distress and inconvenience", pounds(money.distressAndInconvenience())));
                rows.add(new Row("Total", pounds(money.total())));
            }
            blocks.add(new Rows("Remedy " + n, rows));
        }
        return blocks;
    }

    private List<Block> outstandingActions(ComplaintEvent.StageResponded e) {
        if (e.outstandingActions().isEmpty()) {
            return List.of(new Paragraph("There are no outstanding actions: everything we needed to do about your complaint has "
                    + "been done."));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("We will keep you updated on each of these until it is done."));
        int n = 0;
        for (OutstandingAction action : e.outstandingActions()) {
            n++;
            blocks.add(new Rows("Action " + n, List.of(new Row("What we will do", action.description()),
                    new Row("Who is responsible", action.owner() == null || action.owner().isBlank() ? "Our complaints team" : action.owner()),
                    new Row("By when", date(action.dueOn())))));
        }
        return blocks;
    }

    // 6.6 / 6.17: what was promised, what was done, when
    private Draft actionUpdate(ComplaintEvent.OutstandingActionCompleted e) {
        ComplaintView c = complaints.get(e.complaintId());
        ComplaintView.OutstandingActionView promised = c.stages().stream().filter(s -> s.stage() == e.stage())
                .map(ComplaintView.StageView::response).filter(r -> r != null)
                .flatMap(r -> r.outstandingActions().stream()).filter(a -> a.index() == e.actionIndex()).findFirst().orElse(null);
        List<Section> sections = new ArrayList<>();
        List<Row> promise = new ArrayList<>();
        promise.add(new Row("What we promised", e.description()));
        if (promised != null && promised.dueOn() != null) {
            promise.add(new Row("Due by", date(promised.dueOn())));
        }
        sections.add(new Section("promised", "What we promised", new Rows(null, promise),
                new Paragraph("We promised this in our stage " + e.stage() + " response to your complaint.")));
        sections.add(new Section("done", "What we have done", new Paragraph(nullToEmpty(e.evidence())),
                new Paragraph("This was completed on " + date(e.completedOn()) + ".")));
        long stillOpen = promised == null ? 0 : c.stages().stream().filter(s -> s.response() != null)
                .flatMap(s -> s.response().outstandingActions().stream()).filter(a -> a.completedOn() == null).count();
        sections.add(new Section("remaining", "What happens next", new Paragraph(stillOpen == 0
                ? "There is nothing further outstanding from our response to your complaint."
                : "We still have " + stillOpen + (stillOpen == 1 ? " action" : " actions")
                        + " to complete from our response. We will write to you again as each is done.")));
        return new Draft(c, LetterType.ACTION_UPDATE, e.stage(), "An update on what we promised to do", sections);
    }

    // ------------------------------------------------------------------ shared sections

    private Section definitionSection(Definition d) {
        List<Block> blocks = new ArrayList<>();
        if (d == null) {
            return new Section("definition", "Your complaint as we understand it", new Paragraph("As described in your complaint."));
        }
        blocks.add(new Paragraph(d.summary()));
        if (!d.points().isEmpty()) {
            blocks.add(new Paragraph("The points we will answer:"));
            blocks.add(new Bullets(d.points()));
        }
        if (!d.outcomesSought().isEmpty()) {
            blocks.add(new Paragraph("What you would like to happen:"));
            blocks.add(new Bullets(d.outcomesSought()));
        }
        if (!d.responsibleFor().isEmpty()) {
            blocks.add(new Paragraph("What we are responsible for:"));
            blocks.add(new Bullets(d.responsibleFor()));
        }
        if (!d.notResponsibleFor().isEmpty()) {
            blocks.add(new Paragraph("What we are not responsible for, and so cannot consider in this complaint:"));
            blocks.add(new Bullets(d.notResponsibleFor()));
        }
        if (d.clarificationRequested() != null && !d.clarificationRequested().isBlank()) {
            blocks.add(new Paragraph("We would like you to clarify: " + d.clarificationRequested()));
        }
        return new Section("definition", "Your complaint as we understand it", blocks);
    }

    private static Section ombudsmanSection(String id, String heading, String lead) {
        Ombudsman o = Ombudsman.HOUSING_OMBUDSMAN;
        return new Section(id, heading, new Paragraph(lead), new Rows(o.name(), List.of(new Row("Phone", o.phone()),
                new Row("Email", o.email()), new Row("Website", o.website()), new Row("Post", o.address()))));
    }

    private static Definition definitionAt(ComplaintView c, int stage) {
        return c.stages().stream().filter(s -> s.stage() == stage && s.definition() != null).map(ComplaintView.StageView::definition)
                .findFirst().orElse(c.definition());
    }

    /** Letters name roles, never people (2022 Code 4.9): the handler's job title from their role. */
    String jobTitle(String username) {
        StaffMember member = username == null ? null : staff.find(username).orElse(null);
        if (member == null) {
            return "complaints team";
        }
        if (member.has(Role.MANAGER)) {
            return "Complaints Manager";
        }
        if (member.has(Role.INVESTIGATING_OFFICER)) {
            return "Investigating Officer";
        }
        return "Complaints Officer";
    }

    private String groundLabel(String code) {
        return complaints.refusalGrounds().stream().filter(g -> g.code().equals(code)).map(RefusalGround::label).findFirst()
                .orElse(code);
    }

    static String decision(Decision decision) {
        return switch (decision) {
            case UPHELD -> "upheld";
            case PARTLY_UPHELD -> "partly upheld";
            case NOT_UPHELD -> "not upheld";
        };
    }

    private static String remedyType(Remedy.Type type) {
        return capitalise(type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String pounds(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format((amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP));
    }

    static String date(LocalDate date) {
        return date == null ? "" : LetterRenderer.LONG_DATE.format(date);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
