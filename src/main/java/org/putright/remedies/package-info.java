/**
 * Putting things right: reminders and overdue alerts for the actions promised in responses (6.6, 6.17), financial
 * remedies tracked from offer to payment (7.4) with the Ombudsman's guidance for consistency, and what was learned
 * from complaints with the service improvements it led to (9.1, 9.2). Fed by the complaint events; never changes a
 * complaint. API for other modules: {@link org.putright.remedies.OutstandingActionOverdue}, {@link org.putright.remedies.RemedyFigures}, {@link org.putright.remedies.ServiceImprovements}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Remedies")
package org.putright.remedies;
