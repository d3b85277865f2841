package org.putright.residents;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reasonable adjustment (5.10) or contact restriction (5.14) is due for review, or overdue. Published once per item
 * and review date, by the daily reminder run, so notifications can tell the staff concerned.
 */
public record ReviewDue(Item kind, UUID itemId, UUID residentId, LocalDate reviewOn) {

    public enum Item {
        ADJUSTMENT, RESTRICTION
    }
}
