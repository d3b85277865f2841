package org.putright.complaints;

/** The landlord's lists a complaint is filed under, for themes and trends (9.4). */
public enum CategoryKind {
    /** What the complaint is about: repairs, damp and mould, anti-social behaviour... */
    SERVICE_AREA,
    /** Why it went wrong: delay, quality of work, communication... */
    CAUSE,
    /** The team or contractor involved. */
    TEAM
}
