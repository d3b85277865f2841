package org.putright.selfassessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads the rows of a self-assessment form ({@link FormTables}) as answers to a Code version: column roles come from
 * each table's header row; subheading rows ("Mandatory 'must' requirements") and separator rows are skipped; a row
 * without a number and without an answer continues the row above (a cell broken over a page); a row without a number
 * but with an answer is matched to a provision by its requirement text. What cannot be read goes to the problems.
 */
final class FormReader {

    enum Role {
        NUMBER, REQUIREMENT, COMPLY, COMPLY_YES_WITH_EVIDENCE, COMPLY_NO, EVIDENCE, COMMENTARY, ACTIONS
    }

    /** Below this the requirement text of a row is not taken to be a provision's. */
    static final double MATCH = 0.5;

    private static final Pattern SUBHEADING = Pattern.compile(
            "^(?:must do|should do|mandat|best pra|stage\\s*#?\\d|section\\s*#?\\d+\\s*[-–:]|#|\\[bookmark|code section$|-+$).*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ANSWER = Pattern.compile(
            "^(yes\\s*[-–]\\s*in part|yes|no|partially|partly|partial|in part|n\\s*/\\s*a|not applicable)(?![a-z])[\\s.,;:–-]*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TARGET = Pattern.compile(
            "\\[\\s*Target:?\\s*(\\d{1,2}/\\d{1,2}/\\d{2,4})\\s*[–—-]\\s*([^\\]]*?)\\s*\\]", Pattern.CASE_INSENSITIVE);

    /** "ACTION" in capitals anywhere, or "Action" alone on its line (seed 003). */
    private static final Pattern ACTION_MARK = Pattern.compile("(?:(?<=^|\\s)ACTION\\b|(?<=^|\\n)[ \\t]*Action[ \\t]*(?=\\n))[ \\t:]*");

    private static final Pattern NO_ACTION = Pattern.compile("(?i)^(no actions? (required|needed)|none|n/?a)\\.?$");

    /** A row of the form, its cells joined by role, before it is matched to a provision. */
    static final class Entry {

        String number;
        String requirement = "";
        String complyCell = "";
        String yesCell = "";
        String noCell = "";
        String evidence = "";
        String commentary = "";
        String actionsCell = "";
        int line;

        void append(Entry more) {
            requirement = join(requirement, more.requirement);
            complyCell = join(complyCell, more.complyCell);
            yesCell = join(yesCell, more.yesCell);
            noCell = join(noCell, more.noCell);
            evidence = join(evidence, more.evidence);
            commentary = join(commentary, more.commentary);
            actionsCell = join(actionsCell, more.actionsCell);
        }

        /** Whether the row says Yes, No, Partly or N/A in one of its answer columns. */
        boolean hasAnswer() {
            return ANSWER.matcher(clean(complyCell)).lookingAt() || ANSWER.matcher(clean(yesCell)).lookingAt()
                    || ANSWER.matcher(clean(noCell)).lookingAt();
        }
    }

    private final CodeVersions codes;

    FormReader(CodeVersions codes) {
        this.codes = codes;
    }

    /** The rows as entries, in the form's order, each with its cells by role. Public to the tests of the Code data. */
    static List<Entry> entries(List<List<String>> rows, List<String> problems) {
        List<Entry> entries = new ArrayList<>();
        Map<Role, Integer> roles = null;
        Entry last = null;
        int index = 0;
        for (List<String> raw : rows) {
            index++;
            List<String> cells = raw.stream().map(FormReader::clean).toList();
            Map<Role, Integer> header = header(cells);
            if (header != null) {
                roles = header;
                last = null;
                continue;
            }
            if (roles == null || cells.stream().allMatch(c -> c.isEmpty() || c.matches("-+"))) {
                continue;
            }
            String joined = String.join("", cells.stream().filter(c -> !c.isEmpty()).toList());
            if (cells.stream().filter(c -> !c.isEmpty()).allMatch(c -> c.matches("(?i)section|any explanations\\)?|yes\\s*/\\s*no|explanations"))) {
                continue; // the second line of a header the extraction split
            }
            Entry e = new Entry();
            e.line = index;
            if (!roles.containsKey(Role.NUMBER) && !raw.isEmpty() && FormTables.NUMBER.matcher(cells.getFirst()).matches()) {
                // a header that lost its number column (seed 001's stage 1 table): the number leads the row anyway
                e.number = FormTables.NUMBER.matcher(cells.getFirst()).replaceFirst("$1");
                raw = raw.subList(1, raw.size());
            }
            for (Map.Entry<Role, Integer> r : roles.entrySet()) {
                String cell = r.getValue() < raw.size() ? raw.get(r.getValue()) : "";
                switch (r.getKey()) {
                    case NUMBER -> {
                        Matcher m = FormTables.NUMBER.matcher(clean(cell));
                        e.number = m.matches() ? m.group(1) : null;
                    }
                    case REQUIREMENT -> e.requirement = cell;
                    case COMPLY -> e.complyCell = cell;
                    case COMPLY_YES_WITH_EVIDENCE -> e.yesCell = cell;
                    case COMPLY_NO -> e.noCell = cell;
                    case EVIDENCE -> e.evidence = cell;
                    case COMMENTARY -> e.commentary = cell;
                    case ACTIONS -> e.actionsCell = cell;
                }
            }
            if (e.number == null && !e.hasAnswer() && SUBHEADING.matcher(joined).matches()) {
                continue;
            }
            if (e.number == null && cells.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).startsWith("code requirement"))) {
                continue; // the header repeated into the cells at a page break (seed 001)
            }
            String numberCell = roles.containsKey(Role.NUMBER) && roles.get(Role.NUMBER) < cells.size()
                    ? cells.get(roles.get(Role.NUMBER)) : "";
            if (e.number != null && (last == null || !e.number.equals(last.number))) {
                entries.add(e);
                last = e;
            }
            else if (e.number != null || (last != null && (!e.hasAnswer() || (last.number == null && !last.hasAnswer())))) {
                // a cell broken over a page, a number repeated on the next page, or a requirement split before its answer
                if (e.number == null && !numberCell.isEmpty()) {
                    problems.add("Row " + index + " (\"" + abbreviate(joined) + "\") was read as the continuation of "
                            + (last.number == null ? "the row above" : last.number));
                }
                last.append(e);
            }
            else if (e.hasAnswer() || !clean(e.requirement).isEmpty()) {
                entries.add(e);
                last = e;
            }
            else {
                problems.add("Row " + index + " (\"" + abbreviate(joined) + "\") is not part of any provision and was not read");
            }
        }
        return entries;
    }

    /** A header row: short cells naming a requirement column and a "Comply" column, and no provision number. */
    static Map<Role, Integer> header(List<String> cells) {
        boolean requirement = cells.stream().anyMatch(c -> c.length() < 60 && c.toLowerCase(Locale.ROOT).contains("requirement"));
        boolean comply = cells.stream().anyMatch(c -> c.length() < 80 && c.toLowerCase(Locale.ROOT).startsWith("comply"));
        if (!requirement || !comply || cells.stream().anyMatch(c -> FormTables.NUMBER.matcher(c).matches())) {
            return null;
        }
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
            Role role = null;
            if (c.contains("requirement")) {
                role = Role.REQUIREMENT;
            }
            else if (c.contains("comply") && c.contains("with evidence")) {
                role = Role.COMPLY_YES_WITH_EVIDENCE;
            }
            else if (c.contains("comply") && c.matches(".*\\bno\\b.*") && !c.contains("yes")) {
                role = Role.COMPLY_NO;
            }
            else if (c.contains("comply")) {
                role = Role.COMPLY;
            }
            else if (c.contains("evidence")) {
                role = Role.EVIDENCE;
            }
            else if (c.contains("commentary") || c.contains("explanation")) {
                role = Role.COMMENTARY;
            }
            else if (c.contains("action")) {
                role = Role.ACTIONS;
            }
            else if (c.matches("code( section| provision)?|provision|section|number|no\\.?|ref.*")) {
                role = Role.NUMBER;
            }
            if (role != null && !roles.containsKey(role)) {
                roles.put(role, i);
            }
        }
        return roles.containsKey(Role.REQUIREMENT) ? roles : null;
    }

    ImportedAssessment read(List<List<String>> rows, String requestedVersion) {
        List<String> problems = new ArrayList<>();
        List<Entry> entries = entries(rows, problems);
        if (entries.isEmpty()) {
            problems.add("No table with a \"Code requirement\" and a \"Comply\" column was found");
        }
        CodeVersion code = requestedVersion != null ? codes.find(requestedVersion).orElseThrow() : detect(entries);
        Map<String, ImportedAssessment.Answer> answers = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Entry e : entries) {
            String number = e.number;
            if (number != null && code.provision(number).isEmpty()) {
                problems.add("Row " + number + " is not a provision of the " + code.version() + " Code; matched by its text instead");
                number = null;
            }
            if (number == null) {
                number = bestMatch(code, e.requirement, used);
                if (number == null) {
                    problems.add("Row " + e.line + " (\"" + abbreviate(clean(e.requirement)) + "\") matches no provision of the "
                            + code.version() + " Code and was not read");
                    continue;
                }
            }
            else if (!clean(e.requirement).isEmpty()
                    && similarity(e.requirement, code.provision(number).orElseThrow().requirement()) < 0.3) {
                problems.add(number + ": the form's requirement text differs from the Code's; check the row was numbered right");
            }
            used.add(number);
            ImportedAssessment.Answer answer = answer(number, e, problems);
            ImportedAssessment.Answer before = answers.get(number);
            if (before != null) {
                problems.add(number + " is answered twice in the form; both answers were kept together");
                answer = merge(before, answer);
            }
            answers.put(number, answer);
        }
        List<String> order = code.provisions().stream().map(Provision::number).toList();
        List<ImportedAssessment.Answer> sorted = answers.values().stream()
                .sorted(Comparator.comparingInt(a -> order.indexOf(a.number()))).toList();
        return new ImportedAssessment(code.version(), sorted, List.copyOf(problems));
    }

    /** The version whose provisions the form's rows fit best, by number and requirement text. */
    private CodeVersion detect(List<Entry> entries) {
        CodeVersion best = null;
        double bestScore = -1;
        for (CodeVersion code : codes.all()) {
            double score = 0;
            Set<String> used = new HashSet<>();
            for (Entry e : entries) {
                if (e.number != null && code.provision(e.number).isPresent()) {
                    score += similarity(e.requirement, code.provision(e.number).orElseThrow().requirement());
                }
                else {
                    String match = bestMatch(code, e.requirement, used);
                    if (match != null) {
                        used.add(match);
                        score += similarity(e.requirement, code.provision(match).orElseThrow().requirement());
                    }
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = code;
            }
        }
        return best;
    }

    /**
     * The unused provision whose requirement the text is most like; among equally good ones (the 2022 Code repeats a
     * requirement word for word at stages 1, 2 and 3) the first in the Code's order, as forms list them in that order.
     */
    static String bestMatch(CodeVersion code, String requirement, Set<String> used) {
        String best = null;
        double bestScore = MATCH;
        for (Provision p : code.provisions()) {
            if (used.contains(p.number())) {
                continue;
            }
            double score = similarity(requirement, p.requirement());
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = p.number();
            }
        }
        return best;
    }

    /** Dice coefficient of the two texts' sets of words: 1 for the same words, 0 for none in common. */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : clean(text).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static ImportedAssessment.Answer answer(String number, Entry e, List<String> problems) {
        String comply = null;
        String evidence = e.evidence;
        String commentary = e.commentary;
        if (!clean(e.complyCell).isEmpty()) {
            Parsed parsed = parseAnswers(e.complyCell);
            comply = parsed.answer;
            evidence = join(parsed.rest, evidence);
            if (parsed.answer == null) {
                problems.add(number + ": the answer \"" + abbreviate(clean(e.complyCell)) + "\" is not Yes, No, Partly or N/A; left unanswered");
            }
            else if (parsed.mixed) {
                problems.add(number + ": the form answers both " + parsed.seen + "; taken as PARTLY");
            }
        }
        // Seed 001's layout: "Comply – Yes (with evidence ...)" and "Comply – No" columns; actions the extraction moved
        // into the No column (its own cell dropped) carry their "[Target ...]"
        String actionsCell = e.actionsCell;
        String noCell = e.noCell;
        if (noCell.toLowerCase(Locale.ROOT).contains("[target")) {
            actionsCell = join(noCell, actionsCell);
            noCell = "";
        }
        boolean yesSaysIt = ANSWER.matcher(clean(e.yesCell)).lookingAt();
        if (!clean(e.yesCell).isEmpty() && !yesSaysIt && !clean(noCell).isEmpty()) {
            evidence = join(e.yesCell, evidence); // text wrapped into the Yes column, while the No column answers
        }
        else if (!clean(e.yesCell).isEmpty()) {
            Parsed parsed = parseAnswers(e.yesCell);
            comply = parsed.answer == null ? "YES" : parsed.answer;
            evidence = join(parsed.answer == null ? e.yesCell : parsed.rest, evidence);
        }
        String no = clean(noCell);
        if (!no.isEmpty()) {
            String withoutTargets = clean(TARGET.matcher(no).replaceAll(" "));
            boolean onlyActions = TARGET.matcher(no).find() && comply != null;
            if (!onlyActions && !withoutTargets.isEmpty() && !TARGET.matcher(no).find()) {
                String said = ANSWER.matcher(withoutTargets).lookingAt() ? parseAnswers(withoutTargets).answer : null;
                String noAnswer = said != null && !"YES".equals(said) ? said
                        : withoutTargets.toLowerCase(Locale.ROOT).matches(".*\\b(in part|partial|partly)\\b.*") ? "PARTLY" : "NO";
                if (comply != null && !comply.equals(noAnswer) && !"PARTLY".equals(comply)) {
                    problems.add(number + ": the form fills both the Yes and the No column; taken as PARTLY");
                    noAnswer = "PARTLY";
                }
                comply = "PARTLY".equals(comply) ? comply : noAnswer;
                commentary = join(commentary, withoutTargets.replaceFirst("(?i)^no\\b[\\s.,;:–-]*", ""));
            }
        }
        List<ImportedAssessment.Action> actions = new ArrayList<>();
        actions.addAll(actionsIn(actionsCell, problems, number));
        Split ev = splitActions(evidence);
        Split co = splitActions(commentary);
        actions.addAll(ev.actions);
        actions.addAll(co.actions);
        return new ImportedAssessment.Answer(number, comply, blankToNull(clean(ev.text)), blankToNull(clean(co.text)),
                List.copyOf(actions));
    }

    record Parsed(String answer, String rest, boolean mixed, String seen) {
    }

    /**
     * The answer at the start of a cell ("Yes", "Yes. Included within policy.", "N/A – two stages only"), and the text
     * after it. A cell holding several answers on lines of their own (seed 003: "No ... Yes") is mixed: PARTLY.
     */
    static Parsed parseAnswers(String cell) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> rest = new ArrayList<>();
        boolean first = true;
        for (String line : cell.split("\n")) {
            String text = clean(line);
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = ANSWER.matcher(text);
            boolean answer = m.lookingAt() && (first || text.substring(m.end()).isBlank());
            first = false;
            if (answer) {
                seen.add(normalise(m.group(1)));
                rest.add(text.substring(m.end()));
            }
            else {
                rest.add(text);
            }
        }
        String restText = clean(String.join(" ", rest));
        if (seen.isEmpty()) {
            return new Parsed(null, restText, false, "");
        }
        if (seen.size() > 1) {
            return new Parsed("PARTLY", restText, true, String.join(" and ", seen));
        }
        return new Parsed(seen.iterator().next(), restText, false, seen.iterator().next());
    }

    private static String normalise(String answer) {
        String a = answer.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (a.startsWith("yes-in") || a.startsWith("yes–in") || a.startsWith("part") || a.startsWith("inpart")) {
            return "PARTLY";
        }
        if (a.equals("yes")) {
            return "YES";
        }
        if (a.equals("no")) {
            return "NO";
        }
        return "NOT_APPLICABLE";
    }

    record Split(String text, List<ImportedAssessment.Action> actions) {
    }

    /**
     * Actions written into the evidence after "ACTION" (seed 003): each paragraph after the mark is an action (bullets
     * belong to the one above); a paragraph citing the policy ("Section 3.3 of ...") is evidence again.
     */
    static Split splitActions(String text) {
        if (text == null || text.isBlank()) {
            return new Split("", List.of());
        }
        String plain = text.replace("\r", "");
        Matcher m = ACTION_MARK.matcher(plain);
        if (!m.find()) {
            return new Split(plain, List.of());
        }
        StringBuilder kept = new StringBuilder(plain.substring(0, m.start()));
        List<String> paragraphs = new ArrayList<>();
        for (String part : ACTION_MARK.split(plain.substring(m.start()))) {
            for (String paragraph : part.split("\\n\\s*\\n")) {
                String p = clean(paragraph);
                if (p.isEmpty()) {
                    continue;
                }
                if (p.matches("(?i)^section \\d+(\\.\\d+)? of .*")) {
                    kept.append('\n').append(p);
                }
                else if ((p.startsWith("·") || p.startsWith("•")) && !paragraphs.isEmpty()) {
                    paragraphs.set(paragraphs.size() - 1, paragraphs.getLast() + " " + p);
                }
                else {
                    paragraphs.add(p);
                }
            }
        }
        List<ImportedAssessment.Action> actions = new ArrayList<>();
        for (String p : paragraphs) {
            actions.addAll(actionsIn(p, new ArrayList<>(), null));
        }
        return new Split(kept.toString(), actions);
    }

    /** An actions cell: each action's text followed by "[Target 31/07/22 – Customer Voice Lead]", or plain text. */
    static List<ImportedAssessment.Action> actionsIn(String cell, List<String> problems, String number) {
        String text = clean(cell);
        if (text.isEmpty() || NO_ACTION.matcher(text).matches()) {
            return List.of();
        }
        List<ImportedAssessment.Action> actions = new ArrayList<>();
        Matcher m = TARGET.matcher(text);
        int from = 0;
        while (m.find()) {
            String description = clean(text.substring(from, m.start()));
            LocalDate date = date(m.group(1));
            String owner = blankToNull(clean(m.group(2)));
            if (description.isEmpty()) {
                if (number != null) {
                    problems.add(number + ": a target (" + m.group(1) + ", " + owner + ") with no action before it was not read");
                }
            }
            else {
                actions.add(new ImportedAssessment.Action(description, owner, date));
            }
            if (date == null && number != null) {
                problems.add(number + ": the target date \"" + m.group(1) + "\" is not a date");
            }
            from = m.end();
        }
        String tail = clean(text.substring(from));
        if (!tail.isEmpty()) {
            actions.add(new ImportedAssessment.Action(tail, null, null));
        }
        return actions;
    }

    static LocalDate date(String text) {
        for (String pattern : List.of("d/M/yyyy", "d/M/yy")) {
            try {
                LocalDate date = LocalDate.parse(text, DateTimeFormatter.ofPattern(pattern, Locale.UK));
                if (pattern.equals("d/M/yy") || text.matches(".*/\\d{4}$")) {
                    return date;
                }
            }
            catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        return null;
    }

    private static ImportedAssessment.Answer merge(ImportedAssessment.Answer a, ImportedAssessment.Answer b) {
        String comply = a.comply() == null ? b.comply() : b.comply() == null || a.comply().equals(b.comply()) ? a.comply() : "PARTLY";
        List<ImportedAssessment.Action> actions = new ArrayList<>(a.actions());
        actions.addAll(b.actions());
        return new ImportedAssessment.Answer(a.number(), comply, blankToNull(clean(join(a.evidence(), b.evidence()))),
                blankToNull(clean(join(a.commentary(), b.commentary()))), List.copyOf(actions));
    }

    /** Cell text as plain text: HTML tags and entities out, list items as bullets, whitespace collapsed. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replaceAll("(?i)<li>", " • ").replaceAll("\\[bookmark:[^\\]]*\\]", " ").replaceAll("<[^>]+>", " ");
        s = HtmlUtils.htmlUnescape(s).replace('\u00A0', ' ');
        s = s.replaceAll("•\\s*•", "•").replaceAll("\\s+", " ").strip();
        return s;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        if (b == null || b.isBlank()) {
            return a;
        }
        return a + "\n" + b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
