package org.putright.frontdoor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.Channel;
import org.putright.complaints.ComplaintScheme;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintService.NewComplaint;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.Representative;
import org.putright.complaints.Resident;
import org.putright.complaints.Schemes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Make a complaint: one question per page, plain POST / redirect / GET, answers kept in the session, check your
 * answers with change links, then submit. No JavaScript needed.
 */
@Controller
@RequestMapping("/make-a-complaint")
class MakeAComplaint {

    static final String BASE = "/make-a-complaint";
    static final String SENT_KEY = "frontdoor.sent";
    static final int MAX_TEXT = 20_000;
    static final Pattern POSTCODE = Pattern.compile("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$");

    private static final List<String> STEPS = List.of("", "/representative", "/resident", "/what-happened", "/when", "/put-it-right",
            "/contact", "/support", "/check-answers");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{10,20}$");

    private final ComplaintService complaints;
    private final Schemes schemes;
    private final WorkingDays workingDays;
    private final SubmissionRateLimiter limiter;
    private final Clock clock;

    MakeAComplaint(ComplaintService complaints, Schemes schemes, WorkingDays workingDays, SubmissionRateLimiter limiter, Clock clock) {
        this.complaints = complaints;
        this.schemes = schemes;
        this.workingDays = workingDays;
        this.limiter = limiter;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- who

    @GetMapping
    String who(HttpSession session, Model model, @RequestParam(required = false) String change) {
        return page("who", answers(session), Map.of(), model, "", change);
    }

    @PostMapping
    String who(HttpSession session, Model model, @RequestParam(required = false) String who,
            @RequestParam(required = false) String change) {
        Answers answers = answers(session);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"resident".equals(who) && !"someone-else".equals(who)) {
            errors.put("who", "Select whether you are the resident or making this complaint for someone else");
        }
        else {
            answers.who = who;
        }
        return errors.isEmpty() ? next(answers, "", change) : page("who", answers, errors, model, "", change);
    }

    // ---------------------------------------------------------------- representative

    @GetMapping("/representative")
    String representative(HttpSession session, Model model, @RequestParam(required = false) String change) {
        return page("representative", answers(session), Map.of(), model, "/representative", change);
    }

    @PostMapping("/representative")
    String representative(HttpSession session, Model model, @RequestParam(required = false) String representativeName,
            @RequestParam(required = false) String relationship, @RequestParam(required = false) String consent,
            @RequestParam(required = false) String change) {
        Answers answers = answers(session);
        answers.representativeName = representativeName;
        answers.relationship = Relationships.LABELS.containsKey(relationship) ? relationship : null;
        answers.consent = "yes".equals(consent);
        Map<String, String> errors = new LinkedHashMap<>();
        if (Answers.blank(representativeName)) {
            errors.put("representativeName", "Enter your name");
        }
        if (answers.relationship == null) {
            errors.put("relationship", "Select how you know the resident");
        }
        if (!answers.consent) {
            errors.put("consent", "Confirm that the resident has agreed to you making this complaint for them");
        }
        return errors.isEmpty() ? next(answers, "/representative", change) : page("representative", answers, errors, model, "/representative", change);
    }

    // ---------------------------------------------------------------- resident

    @GetMapping("/resident")
    String resident(HttpSession session, Model model, @RequestParam(required = false) String change) {
        return page("resident", answers(session), Map.of(), model, "/resident", change);
    }

    @PostMapping("/resident")
    String resident(HttpSession session, Model model, @RequestParam(required = false) String residentName,
            @RequestParam(required = false) String tenancyReference, @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String change) {
        Answers answers = answers(session);
        answers.residentName = residentName;
        answers.tenancyReference = tenancyReference;
        answers.postcode = postcode;
        Map<String, String> errors = new LinkedHashMap<>();
        if (Answers.blank(residentName)) {
            errors.put("residentName", answers.actingForSomeone() ? "Enter the resident's full name" : "Enter your full name");
        }
        if (Answers.blank(postcode)) {
            errors.put("postcode", "Enter the postcode of the home");
        }
        else if (!POSTCODE.matcher(postcode.strip()).matches()) {
            errors.put("postcode", "Enter a real postcode, like AA1 1AA");
        }
        return errors.isEmpty() ? next(answers, "/resident", change) : page("resident", answers, errors, model, "/resident", change);
    }

    // ---------------------------------------------------------------- what happened

    @GetMapping("/what-happened")
    String whatHappened(HttpSession session, Model model, @RequestParam(required = false) String change) {
        return page("what-happened", answers(session), Map.of(), model, "/what-happened", change);
    }

    @PostMapping("/what-happened")
    String whatHappened(HttpSession session, Model model, @RequestParam(required = false) String description,
            @RequestParam(required = false) String change) {
        return textStep(session, model, "what-happened", "description", description, change, "Tell us what happened",
                "What happened must be " + MAX_TEXT + " characters or fewer. You can send more by email or post",
                (answers, text) -> answers.description = text); // exactly as typed
    }

    // ---------------------------------------------------------------- when

    @GetMapping("/when")
    String when(HttpSession session, Model model, @RequestParam(required = false) String change) {
        return page("when", answers(session), Map.of(), model, "/when", change);
    }

    @PostMapping("/when")
    String when(HttpSession session, Model model, @RequestParam(required = false) String day,
            @RequestParam(required = false) String month, @RequestParam(required = false) String year,
            @RequestParam(required = false) String notSure, @RequestParam(required = false) String change) {
        Answers answers = answers(session);
        answers.day = day;
        answers.month = month;
        answers.year = year;
        answers.notSure = "yes".equals(notSure);
        Map<String, String> errors = new LinkedHashMap<>();
        boolean nothingTyped = Answers.blank(day) && Answers.blank(month) && Answers.blank(year);
        if (!answers.notSure) {
            if (nothingTyped) {
                errors.put("day", "Enter the date it happened, or select \u2018I\u2019m not sure\u2019");
            }
            else {
                LocalDate date = Answers.date(day, month, year);
                if (date == null) {
                    errors.put("day", "The date it happened must be a real date, like 27 3 2025");
                }
                else if (date.isAfter(workingDays.today())) {
                    errors.put("day", "The date it happened must be today or in the past");
                }
                else if (date.getYear() < 1900) {
                    errors.put("day", "Enter the year in full, like 2025");
                }
            }
        }
        answers.whenAnswered = errors.isEmpty();
        return errors.isEmpty() ? next(answers, "/when", change) : page("when", answers, errors, model, "/when", change);
    }

    // ---------------------------------------------------------------- what would put it right

    @GetMapping("/put-it-right")
    String putItRight(HttpSession session, Model model, @RequestParam(required = false) String change) {
        return page("put-it-right", answers(session), Map.of(), model, "/put-it-right", change);
    }

    @PostMapping("/put-it-right")
    String putItRight(HttpSession session, Model model, @RequestParam(required = false) String outcomeSought,
            @RequestParam(required = false) String change) {
        return textStep(session, model, "put-it-right", "outcomeSought", outcomeSought, change,
                "Tell us what would put things right for you", "This must be " + MAX_TEXT + " characters or fewer",
                (answers, text) -> answers.outcomeSought = text);
    }

    // ---------------------------------------------------------------- contact

    @GetMapping("/contact")
    String contact(HttpSession session, Model model, @RequestParam(required = false) String change) {
        return page("contact", answers(session), Map.of(), model, "/contact", change);
    }

    @PostMapping("/contact")
    String contact(HttpSession session, Model model, @RequestParam(required = false) String contactMethod,
            @RequestParam(required = false) String email, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String address, @RequestParam(required = false) String change) {
        Answers answers = answers(session);
        answers.email = email;
        answers.phone = phone;
        answers.address = address;
        Map<String, String> errors = new LinkedHashMap<>();
        String method = List.of("email", "phone", "letter").contains(contactMethod) ? contactMethod : null;
        if (method == null) {
            errors.put("contactMethod", "Select how you would like us to contact you");
        }
        else if (method.equals("email") && Answers.blank(email)) {
            errors.put("email", "Enter your email address");
        }
        else if (method.equals("phone") && Answers.blank(phone)) {
            errors.put("phone", "Enter your phone number");
        }
        else if (method.equals("letter") && Answers.blank(address)) {
            errors.put("address", "Enter the address to write to");
        }
        if (!Answers.blank(email) && !EMAIL.matcher(email.strip()).matches()) {
            errors.put("email", "Enter an email address in the correct format, like name@example.com");
        }
        if (!Answers.blank(phone) && !PHONE.matcher(phone.strip()).matches()) {
            errors.put("phone", "Enter a phone number, like 01632 960 001 or 07700 900 982");
        }
        answers.contactMethod = method;
        answers.contactAnswered = errors.isEmpty();
        return errors.isEmpty() ? next(answers, "/contact", change) : page("contact", answers, errors, model, "/contact", change);
    }

    // ---------------------------------------------------------------- support

    @GetMapping("/support")
    String support(HttpSession session, Model model, @RequestParam(required = false) String change) {
        return page("support", answers(session), Map.of(), model, "/support", change);
    }

    @PostMapping("/support")
    String support(HttpSession session, Model model, @RequestParam(required = false) String supportNeeds,
            @RequestParam(required = false) String change) {
        return textStep(session, model, "support", "supportNeeds", supportNeeds, change, null,
                "This must be " + MAX_TEXT + " characters or fewer", (answers, text) -> {
                    answers.supportNeeds = text;
                    answers.supportAnswered = text == null || text.length() <= MAX_TEXT;
                });
    }

    /**
     * One free-text question: keep what was typed (exactly), check it is given if required and not too long, then go
     * on or show the page again with the error.
     */
    private String textStep(HttpSession session, Model model, String step, String field, String value, String change,
            String ifBlank, String ifTooLong, java.util.function.BiConsumer<Answers, String> keep) {
        Answers answers = answers(session);
        keep.accept(answers, value);
        Map<String, String> errors = new LinkedHashMap<>();
        if (ifBlank != null && Answers.blank(value)) {
            errors.put(field, ifBlank);
        }
        else if (value != null && value.length() > MAX_TEXT) {
            errors.put(field, ifTooLong);
        }
        return errors.isEmpty() ? next(answers, "/" + step, change) : page(step, answers, errors, model, "/" + step, change);
    }

    // ---------------------------------------------------------------- check your answers and send

    @GetMapping("/check-answers")
    String checkAnswers(HttpSession session, Model model) {
        Answers answers = answers(session);
        String missing = answers.firstUnanswered();
        if (missing != null) {
            return "redirect:" + BASE + missing;
        }
        return page("check-answers", answers, Map.of(), model, "/check-answers", null);
    }

    @PostMapping("/check-answers")
    String send(HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
        Answers answers = answers(session);
        String missing = answers.firstUnanswered();
        if (missing != null) {
            return "redirect:" + BASE + missing;
        }
        if (!limiter.allowSubmission(request)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "600");
            return "frontdoor/too-many";
        }
        ComplaintView created = complaints.receiveFromResident(newComplaint(answers));
        ComplaintScheme scheme = schemes.byId(created.scheme()).orElseGet(() -> schemes.forReceivedOn(created.receivedOn()));
        session.setAttribute(SENT_KEY, new Sent(created.reference(), created.deadlines().acknowledgeBy(),
                scheme.stage(1).respond().workingDays(), !Answers.blank(answers.email) && !answers.actingForSomeone()));
        session.removeAttribute(Answers.SESSION_KEY);
        return "redirect:" + BASE + "/complaint-sent";
    }

    @GetMapping("/complaint-sent")
    String sent(HttpSession session, Model model) {
        Object sent = session.getAttribute(SENT_KEY);
        if (!(sent instanceof Sent)) {
            return "redirect:" + BASE;
        }
        model.addAttribute("sent", sent);
        return "frontdoor/complaint-sent";
    }

    NewComplaint newComplaint(Answers answers) {
        boolean forSomeone = answers.actingForSomeone();
        String email = strippedOrNull(answers.email);
        String phone = strippedOrNull(answers.phone);
        Resident resident = new Resident(answers.residentName.strip(), strippedOrNull(answers.tenancyReference), forSomeone ? null : email,
                forSomeone ? null : phone, answers.postcode.strip().toUpperCase(java.util.Locale.ROOT));
        Representative representative = forSomeone
                ? new Representative(answers.representativeName.strip(), Representative.Relationship.valueOf(answers.relationship), email,
                        phone, answers.consent)
                : null;
        String contact = switch (answers.contactMethod) {
            case "email" -> "Email: " + email;
            case "phone" -> "Phone: " + phone;
            default -> "Letter: " + answers.address;
        };
        if (forSomeone) {
            contact += " (" + answers.representativeName.strip() + ", acting for the resident)";
        }
        return new NewComplaint(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), Channel.WEB_FORM, resident,
                representative, answers.description, answers.issueOccurredOn(), answers.outcomeSought, contact,
                Answers.blank(answers.supportNeeds) ? null : answers.supportNeeds);
    }

    // ---------------------------------------------------------------- plumbing

    static Answers answers(HttpSession session) {
        Object answers = session.getAttribute(Answers.SESSION_KEY);
        if (answers instanceof Answers existing) {
            return existing;
        }
        Answers fresh = new Answers();
        session.setAttribute(Answers.SESSION_KEY, fresh);
        return fresh;
    }

    private String page(String view, Answers answers, Map<String, String> errors, Model model, String step, String change) {
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("change", change != null);
        model.addAttribute("relationships", Relationships.LABELS);
        model.addAttribute("back", change != null ? BASE + "/check-answers" : previous(answers, step));
        return "frontdoor/make/" + view;
    }

    private String next(Answers answers, String step, String change) {
        if (change != null) {
            String missing = answers.firstUnanswered();
            return "redirect:" + BASE + (missing == null ? "/check-answers" : missing + "?change=true");
        }
        int index = STEPS.indexOf(step) + 1;
        if (STEPS.get(index).equals("/representative") && !answers.actingForSomeone()) {
            index++;
        }
        return "redirect:" + BASE + STEPS.get(index);
    }

    private static String previous(Answers answers, String step) {
        int index = STEPS.indexOf(step) - 1;
        if (index < 0) {
            return "/";
        }
        if (STEPS.get(index).equals("/representative") && !answers.actingForSomeone()) {
            index--;
        }
        return BASE + STEPS.get(index);
    }

    private static String strippedOrNull(String text) {
        return Answers.blank(text) ? null : text.strip();
    }
}
