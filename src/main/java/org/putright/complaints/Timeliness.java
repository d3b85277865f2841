package org.putright.complaints;

/** Whether a step was done within the deadline in force (a response inside an agreed extension is MET). */
public enum Timeliness {
    MET, MISSED, PENDING
}
