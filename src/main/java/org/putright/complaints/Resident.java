package org.putright.complaints;

/** The resident as given at intake. Corrections are later events, never edits. */
public record Resident(String name, String tenancyReference, String email, String phone, String postcode) {
}
