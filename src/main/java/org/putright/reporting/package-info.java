/**
 * Reporting: the figures the governing body, the Member Responsible for Complaints (9.6, 9.7), the Regulator (Tenant
 * Satisfaction Measures) and the annual report (8.1) need, from a per-stage projection of every complaint
 * ({@code report_stage}) kept in step with the complaint's events. Never changes a complaint.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.putright.reporting;
