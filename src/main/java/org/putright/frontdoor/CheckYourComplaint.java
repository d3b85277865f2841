package org.putright.frontdoor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.ComplaintView.StageView;
import org.putright.complaints.Status;
import org.putright.correspondence.LetterArchive;
import org.putright.shared.CodeRuleViolation;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Check your complaint: the reference and the email address or postcode given with it. The verified complaint is
 * remembered in the session (never in the URL) for the pages that follow.
 */
@Controller
@RequestMapping("/check-your-complaint")
class CheckYourComplaint {

    static final String BASE = "/check-your-complaint";
    static final String VERIFIED_KEY = "frontdoor.verifiedComplaint";
    static final String NOT_FOUND = "We could not find a complaint with those details";

    private final ComplaintService complaints;
    private final SubmissionRateLimiter limiter;
    private final LetterArchive letters;

    CheckYourComplaint(ComplaintService complaints, SubmissionRateLimiter limiter, LetterArchive letters) {
        this.complaints = complaints;
        this.limiter = limiter;
        this.letters = letters;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("reference", "");
        model.addAttribute("secondFactor", "");
        return "frontdoor/check/find";
    }

    @PostMapping
    String find(HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) String reference, @RequestParam(required = false) String secondFactor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (Answers.blank(reference)) {
            errors.put("reference", "Enter your complaint reference");
        }
        if (Answers.blank(secondFactor)) {
            errors.put("secondFactor", "Enter the email address or postcode you gave us");
        }
        if (errors.isEmpty()) {
            if (!limiter.allowLookup(request)) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader("Retry-After", "600");
                return "frontdoor/too-many";
            }
            Optional<ComplaintView> found = complaints.findForResident(reference, secondFactor);
            if (found.isPresent()) {
                session.setAttribute(VERIFIED_KEY, found.get().id());
                return "redirect:" + BASE + "/your-complaint";
            }
            errors.put("reference", NOT_FOUND);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("reference", reference == null ? "" : reference);
        model.addAttribute("secondFactor", secondFactor == null ? "" : secondFactor);
        return "frontdoor/check/find";
    }

    @GetMapping("/your-complaint")
    String show(HttpSession session, Model model) {
        Optional<ComplaintView> complaint = verified(session);
        if (complaint.isEmpty()) {
            return "redirect:" + BASE;
        }
        ComplaintView view = complaint.get();
        model.addAttribute("complaint", view);
        model.addAttribute("statusText", statusText(view));
        model.addAttribute("canAskForStage2", canAskForStage2(view));
        model.addAttribute("finalResponseGiven", finalResponseGiven(view));
        model.addAttribute("letters", letters.lettersFor(view.id()).reversed().stream()
                .map(l -> new LetterLink(l.id(), l.subject(), LETTER_DATE.format(l.createdAt().atZone(LONDON)))).toList());
        return "frontdoor/check/complaint";
    }

    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");
    private static final java.time.format.DateTimeFormatter LETTER_DATE = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
            java.util.Locale.UK);

    /** A letter as listed for the resident. */
    public record LetterLink(UUID id, String subject, String sentOn) {
    }

    /** A letter we sent about the verified complaint, as a PDF: standard or large print (a reasonable adjustment). */
    @GetMapping("/letters/{letterId}.pdf")
    ResponseEntity<byte[]> letter(HttpSession session, @PathVariable UUID letterId,
            @RequestParam(required = false) String format) {
        Optional<ComplaintView> complaint = verified(session);
        if (complaint.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(BASE)).build();
        }
        boolean largePrint = "large-print".equals(format);
        return letters.pdf(complaint.get().id(), letterId, largePrint)
                .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename(complaint.get().reference() + (largePrint ? "-large-print" : "") + ".pdf").build().toString())
                        .body(pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/stage-2")
    String stage2(HttpSession session, Model model) {
        Optional<ComplaintView> complaint = verified(session);
        if (complaint.isEmpty()) {
            return "redirect:" + BASE;
        }
        if (!canAskForStage2(complaint.get())) {
            return "redirect:" + BASE + "/your-complaint";
        }
        model.addAttribute("complaint", complaint.get());
        model.addAttribute("errors", Map.of());
        model.addAttribute("reason", "");
        return "frontdoor/check/stage-2";
    }

    @PostMapping("/stage-2")
    String askForStage2(HttpSession session, Model model, @RequestParam(required = false) String reason) {
        Optional<ComplaintView> complaint = verified(session);
        if (complaint.isEmpty()) {
            return "redirect:" + BASE;
        }
        if (!canAskForStage2(complaint.get())) {
            return "redirect:" + BASE + "/your-complaint";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason != null && reason.length() > MakeAComplaint.MAX_TEXT) {
            errors.put("reason", "This must be " + MakeAComplaint.MAX_TEXT + " characters or fewer. You can send more by email or post");
        }
        else {
            try {
                complaints.requestEscalationByResident(complaint.get().id(), Answers.blank(reason) ? null : reason);
                return "redirect:" + BASE + "/stage-2-requested";
            }
            catch (CodeRuleViolation | InvalidRequestException e) {
                errors.put("reason", "We could not take your complaint to stage 2 online. Please phone or email us and we will help");
            }
        }
        model.addAttribute("complaint", complaint.get());
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason == null ? "" : reason);
        return "frontdoor/check/stage-2";
    }

    @GetMapping("/stage-2-requested")
    String stage2Requested(HttpSession session, Model model) {
        Optional<ComplaintView> complaint = verified(session);
        if (complaint.isEmpty()) {
            return "redirect:" + BASE;
        }
        model.addAttribute("complaint", complaint.get());
        return "frontdoor/check/stage-2-requested";
    }

    private Optional<ComplaintView> verified(HttpSession session) {
        if (session.getAttribute(VERIFIED_KEY) instanceof UUID id) {
            try {
                return Optional.of(complaints.get(id));
            }
            catch (NotFoundException e) {
                session.removeAttribute(VERIFIED_KEY);
            }
        }
        return Optional.empty();
    }

    /** After a stage 1 response the resident may ask for stage 2, with no reason needed (6.10, 6.12). */
    static boolean canAskForStage2(ComplaintView view) {
        return view.stage() == 1 && (view.status() == Status.RESPONDED || view.status() == Status.CLOSED)
                && stage(view, 1).map(stage -> stage.response() != null).orElse(false);
    }

    static boolean finalResponseGiven(ComplaintView view) {
        return view.stage() >= 2 && stage(view, view.stage()).map(stage -> stage.response() != null).orElse(false);
    }

    private static Optional<StageView> stage(ComplaintView view, int number) {
        return view.stages() == null ? Optional.empty() : view.stages().stream().filter(stage -> stage.stage() == number).findFirst();
    }

    static String statusText(ComplaintView view) {
        return switch (view.status()) {
            case AWAITING_ACKNOWLEDGEMENT -> view.stage() == 1 ? "We have received your complaint and will acknowledge it soon"
                    : "We have received your request for stage 2 and will acknowledge it soon";
            case UNDER_INVESTIGATION -> "We are looking into your complaint";
            case RESPONDED -> "We have sent you our stage " + view.stage() + " response";
            case ESCALATION_REFUSED -> "We did not take your complaint to stage 2";
            case CLOSED -> "Your complaint is closed";
            case NOT_ACCEPTED -> "We did not accept this as a complaint";
            case SERVICE_REQUEST -> "We are dealing with this as a request for a service";
        };
    }
}
