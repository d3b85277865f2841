package org.putright.ombudsman;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The Ombudsman's cases in a period, for the governing body (9.7 c) and the annual report (8.1 c).
 * <ul>
 * <li>{@code casesReferred}: cases referred in the period; {@code casesDetermined}: cases whose (latest) determination
 * is dated in the period, with {@code findings} counting the elements of those determinations by finding.</li>
 * <li>{@code maladministrationRate}: findings of service failure, maladministration or severe maladministration as a
 * percentage (one decimal place) of all findings except outside jurisdiction, as the Ombudsman counts it; null when
 * there is none to count.</li>
 * <li>{@code orders}, {@code recommendations}, {@code complaintHandlingFailureOrders}: those made in the period and
 * where they stood {@code asOf} (the period's last day, or today while the period is running).</li>
 * </ul>
 */
public record OmbudsmanSummary(LocalDate from, LocalDate to, LocalDate asOf, int casesReferred, int casesDetermined,
        Map<Finding, Integer> findings, int findingsInJurisdiction, BigDecimal maladministrationRate, Orders orders, Orders recommendations,
        Orders complaintHandlingFailureOrders) {

    /**
     * Made in the period; of those, complied with by {@code asOf} ({@code compliedLate}: after their due date),
     * {@code overdue} (past due with no compliance) and still {@code open}. Recommendations are never overdue.
     */
    public record Orders(int made, int complied, int compliedLate, int overdue, int open) {
    }
}
