package org.putright.reporting;

import java.util.UUID;

/**
 * A closed complaint's resident is invited to PutRight's satisfaction survey: {@code link} is their one-time page. For
 * correspondence to send by email or SMS (it looks up the resident's contact details itself).
 */
public record SatisfactionSurveyInvited(UUID complaintId, String reference, String link) {
}
