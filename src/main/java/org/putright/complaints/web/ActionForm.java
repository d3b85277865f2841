package org.putright.complaints.web;

import java.util.ArrayList;
import java.util.List;

/** What can be typed into any of the case page's action forms; each action reads the fields it has. */
public class ActionForm {

    public String outcome = "";
    public String reasons = "";
    public boolean residentTold;
    public DateParts date = new DateParts();
    public String time = "";
    public String handler = "";
    public String summary = "";
    public String points = "";
    public String outcomesSought = "";
    public String responsibleFor = "";
    public String notResponsibleFor = "";
    public String clarification = "";
    public String days = "";
    public String reason = "";
    public String goodReason = "";
    public String updateEvery = "";
    public String decision = "";
    public String ground = "";
    public String discretion = "";
    public String text = "";
    public String description = "";
    public String related = "";
    public String channel = "";
    public List<PointRow> pointRows = new ArrayList<>();
    public List<RemedyRow> remedies = new ArrayList<>();
    public List<ActionRow> actions = new ArrayList<>();
    public String noRemedyReason = "";
    public boolean noOutstandingActions;
    /** Risk flags by name (6.1), and the notes that go with them or with an early-resolution consideration. */
    public List<String> riskFlags = new ArrayList<>();
    public String notes = "";
    public String canResolveEarly = "";
    /** Category codes (9.4): service area, cause, team or contractor. */
    public String serviceArea = "";
    public String cause = "";
    public String team = "";

    public static class PointRow {
        public String point = "";
        public String decision = "";
        public String reasons = "";
    }

    public static class RemedyRow {
        public String type = "";
        public String description = "";
        public DateParts dueOn = new DateParts();
        public String statutory = "";
        public String quantifiableLoss = "";
        public String timeAndTrouble = "";
        public String distressAndInconvenience = "";
    }

    public static class ActionRow {
        public String description = "";
        public String owner = "";
        public DateParts dueOn = new DateParts();
    }
}
