package org.putright.selfassessment;

/**
 * One provision of a version of the Code, numbered as the Ombudsman numbers it ("6.13"), with its requirement text as
 * the Code gives it.
 */
public record Provision(String number, int section, String sectionTitle, String requirement, ProvisionKind kind) {
}
