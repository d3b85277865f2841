package org.putright.complaints;

/** A ground in the landlord's complaints policy on which a complaint may be refused (2.1). */
public record RefusalGround(String code, String label, String description, boolean active) {
}
