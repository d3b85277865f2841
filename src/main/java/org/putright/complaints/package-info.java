/**
 * The complaint lifecycle under the Complaint Handling Code: intake, triage, the two stages, deadlines, timeliness
 * and the full record. API: {@link org.putright.complaints.ComplaintService}, {@link org.putright.complaints.ComplaintQueries},
 * the views and the {@link org.putright.complaints.ComplaintEvent}s other modules listen to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints")
package org.putright.complaints;
