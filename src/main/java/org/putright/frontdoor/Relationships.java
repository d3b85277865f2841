package org.putright.frontdoor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.putright.complaints.Representative.Relationship;

/** The relationships a representative may have to the resident, in plain words. */
final class Relationships {

    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(Relationship.FAMILY.name(), "Family member");
        LABELS.put(Relationship.FRIEND.name(), "Friend");
        LABELS.put(Relationship.ADVOCATE.name(), "Advocate or support worker");
        LABELS.put(Relationship.SOLICITOR.name(), "Solicitor");
        LABELS.put(Relationship.MP.name(), "MP");
        LABELS.put(Relationship.COUNCILLOR.name(), "Councillor");
        LABELS.put(Relationship.OTHER.name(), "Other");
    }

    private Relationships() {
    }
}
