/**
 * The annual self-assessment against the Complaint Handling Code (2024 Code 8.1–8.4): each Code version as data, an
 * assessment per period with the landlord's answers, evidence, commentary and actions, evidence computed from the
 * complaints held, imports of last year's form and exports fit to publish. API for other modules:
 * {@link org.putright.selfassessment.CodeVersions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-assessment")
package org.putright.selfassessment;
