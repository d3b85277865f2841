package org.putright.selfassessment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.putright.calendar.WorkingDays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live evidence page: every measure's figure for a Code version and period, with the cases behind it, so the
 * person writing the self-assessment can see and check what the record shows.
 */
@Controller
class EvidencePages {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What the date inputs hold, as typed. */
    public record DateParts(String day, String month, String year) {

        static DateParts of(LocalDate date) {
            return date == null ? new DateParts(null, null, null)
                    : new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
        }
    }

    private final RecordEvidence evidence;
    private final WorkingDays workingDays;

    EvidencePages(RecordEvidence evidence, WorkingDays workingDays) {
        this.evidence = evidence;
        this.workingDays = workingDays;
    }

    @GetMapping("/evidence")
    @PreAuthorize(EvidenceApi.VIEWERS)
    String evidence(@RequestParam(required = false) String codeVersion, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(name = "from.day", required = false) String fromDay,
            @RequestParam(name = "from.month", required = false) String fromMonth,
            @RequestParam(name = "from.year", required = false) String fromYear,
            @RequestParam(name = "to.day", required = false) String toDay, @RequestParam(name = "to.month", required = false) String toMonth,
            @RequestParam(name = "to.year", required = false) String toYear, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        String version = codeVersion == null || codeVersion.isBlank() ? "2024" : codeVersion.strip();
        if (!List.of("2024", "2022").contains(version)) {
            errors.put("codeVersion", "Select the version of the Code");
        }
        LocalDate start;
        LocalDate end;
        DateParts fromParts;
        DateParts toParts;
        if (fromDay != null || fromMonth != null || fromYear != null || toDay != null || toMonth != null || toYear != null) {
            fromParts = new DateParts(fromDay, fromMonth, fromYear);
            toParts = new DateParts(toDay, toMonth, toYear);
            start = parse(fromParts, "from", "start date", errors);
            end = parse(toParts, "to", "end date", errors);
        }
        else if (from != null || to != null) {
            start = iso(from, "from", "start date", errors);
            end = iso(to, "to", "end date", errors);
            fromParts = DateParts.of(start);
            toParts = DateParts.of(end);
        }
        else {
            // the reporting year so far, as the annual self-assessment covers it
            LocalDate today = workingDays.today();
            start = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
            end = start.plusYears(1).minusDays(1);
            fromParts = DateParts.of(start);
            toParts = DateParts.of(end);
        }
        if (errors.isEmpty() && end.isBefore(start)) {
            errors.put("to", "The end date must be the same as or after the start date");
        }
        if (errors.isEmpty() && start.plusYears(5).isBefore(end)) {
            errors.put("to", "The end date must be within 5 years of the start date");
        }
        model.addAttribute("errors", errors);
        model.addAttribute("codeVersion", version);
        model.addAttribute("fromParts", fromParts);
        model.addAttribute("toParts", toParts);
        if (!errors.isEmpty()) {
            response.setStatus(422);
        }
        else {
            // those not met first: what the reader most needs to look at
            model.addAttribute("measured", evidence.measure(version, start, end).stream()
                    .map(m -> new RecordEvidence.Measured(m.measure(), m.provisions(), m.met(), m.total(), m.percent(),
                            m.items().stream().sorted(java.util.Comparator.comparing(RecordEvidence.Item::met)).toList()))
                    .toList());
            model.addAttribute("period", LONG.format(start) + " to " + LONG.format(end));
            model.addAttribute("json", "/api/v1/evidence?codeVersion=" + version + "&from=" + start + "&to=" + end);
        }
        return "selfassessment/evidence";
    }

    private static LocalDate iso(String text, String field, String name, Map<String, String> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        }
        catch (DateTimeParseException e) {
            errors.put(field, "Enter the " + name + " as a real date");
            return null;
        }
    }

    private static LocalDate parse(DateParts parts, String field, String name, Map<String, String> errors) {
        if (blank(parts.day()) && blank(parts.month()) && blank(parts.year())) {
            errors.put(field, "Enter the " + name);
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts.year().strip()), Integer.parseInt(parts.month().strip()),
                    Integer.parseInt(parts.day().strip()));
        }
        catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(field, "The " + name + " must be a real date");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
