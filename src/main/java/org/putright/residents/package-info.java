/**
 * Residents: who we are dealing with (the resident record, their household and home, imported from the housing system
 * or made at intake), who may act for them (representatives with consent, 3.6), what they need from us (reasonable
 * adjustments kept under review, 5.10; disclosed disabilities, special-category data), contact restrictions (5.14),
 * and the resident's and the property's history of complaints. Every change and every read of special-category data
 * is appended to {@code resident_event} / {@code special_category_read}. Linked to complaints by listening to
 * {@link org.putright.complaints.ComplaintEvent.ComplaintReceived}; never changes a complaint.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Residents")
package org.putright.residents;
