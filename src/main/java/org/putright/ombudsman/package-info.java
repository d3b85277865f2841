/**
 * The Ombudsman register: the cases the Housing Ombudsman takes on about the landlord's complaints, its determination
 * for each element investigated, the orders and recommendations it makes, complaint handling failure orders, and the
 * evidence that each was complied with; reminders as orders fall due and alerts when they are overdue, so compliance
 * can be reported to the governing body (9.7 c) and in the annual report (8.1). Append-only storage.
 * API for other modules: {@link org.putright.ombudsman.OmbudsmanRegister} (figures for a period),
 * {@link org.putright.ombudsman.OmbudsmanRecords} (recording cases, for the demo's generated history) and the
 * {@link org.putright.ombudsman.OmbudsmanOrderOverdue} event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ombudsman")
package org.putright.ombudsman;
