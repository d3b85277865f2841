package org.putright.complaints.web;

/** The staff intake form, all as typed (bound by field), so every value can be shown again when something is wrong. */
public class NewComplaintForm {

    public DateParts receivedOn = new DateParts();
    public String receivedTime = "";
    public String channel = "";
    public String residentName = "";
    public String tenancyReference = "";
    public String email = "";
    public String phone = "";
    public String postcode = "";
    public String representativeName = "";
    public String representativeRelationship = "";
    public boolean representativeConsent;
    public String description = "";
    public DateParts issueOccurredOn = new DateParts();
    public String outcomeSought = "";
    public String contactPreference = "";
    public String supportNeeds = "";
    /** Risks to the resident known at intake (6.1), by name. */
    public java.util.List<String> riskFlags = new java.util.ArrayList<>();
    public String riskNotes = "";
}
