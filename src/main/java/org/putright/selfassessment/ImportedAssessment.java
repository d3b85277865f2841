package org.putright.selfassessment;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import of an existing self-assessment form (DOCX table, CSV or the tab-separated text of one) found: the
 * Code version it answers and, per provision, the answer, evidence, commentary and actions, plus lines it could not
 * read, so the person importing sees exactly what was and was not taken.
 */
public record ImportedAssessment(String codeVersion, List<Answer> answers, List<String> problems) {

    /** comply is YES, NO, PARTLY, NOT_APPLICABLE or null when the form gave no answer. */
    public record Answer(String number, String comply, String evidence, String commentary, List<Action> actions) {
    }

    /** owner is a job title; targetDate null when the form gave none. */
    public record Action(String description, String owner, LocalDate targetDate) {
    }
}
