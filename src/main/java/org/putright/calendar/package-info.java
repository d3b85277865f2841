/**
 * Working days for complaint deadlines: UK bank holidays (GOV.UK data, per division), the landlord's extra
 * non-working days, and Europe/London dates. Other modules use {@link org.putright.calendar.WorkingDays}.
 */
package org.putright.calendar;
