/**
 * The complaint lifecycle under the Complaint Handling Code: intake, triage, the two stages, deadlines, timeliness,
 * risk flags and the full record, kept under the retention policy. API: {@link org.putright.complaints.ComplaintService},
 * {@link org.putright.complaints.ComplaintQueries}, {@link org.putright.complaints.ComplaintStatistics},
 * {@link org.putright.complaints.Retention}, the views and the {@link org.putright.complaints.ComplaintEvent}s other
 * modules listen to ({@code PersonalDataAnonymised} asks each to scrub its own copies).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints")
package org.putright.complaints;
