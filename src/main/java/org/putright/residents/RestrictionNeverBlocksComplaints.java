package org.putright.residents;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.putright.shared.CodeRuleViolation;

/**
 * 2024 Code 5.14: a restriction on contact for unacceptable behaviour never restricts access to the complaints
 * process. No restriction kind may stop a complaint being logged or escalated, so a request for one is refused rather
 * than read as "something else"; and nothing in intake or escalation consults restrictions.
 */
final class RestrictionNeverBlocksComplaints {

    static final String PROVISION = "5.14";

    /** Anything naming complaints or escalation as the thing restricted ("NO_NEW_COMPLAINTS", "NO_ESCALATION", ...). */
    private static final Pattern ABOUT_COMPLAINTS = Pattern.compile("COMPLAIN|ESCALAT|STAGE_?2|OMBUDSMAN");

    private RestrictionNeverBlocksComplaints() {
    }

    static void check(List<String> requestedKinds) {
        for (String kind : requestedKinds) {
            if (kind != null && ABOUT_COMPLAINTS.matcher(kind.toUpperCase(Locale.ROOT)).find()) {
                throw new CodeRuleViolation(PROVISION, "RestrictionNeverBlocksComplaints", "A contact restriction cannot stop the resident "
                        + "making a complaint, escalating one or going to the Ombudsman (" + kind.strip() + "). Restrict how they contact "
                        + "us instead, for example through a single point of contact or in writing.");
            }
        }
    }
}
