package org.putright.reporting;

import java.time.LocalDate;

import org.putright.shared.InvalidRequestException;

/**
 * The Regulator's reporting year: {@code 2025} is 2025/26, 1 April 2025 to 31 March 2026 (business dates, Europe/London).
 */
public record ReportingYear(int year) {

    public ReportingYear {
        if (year < 2000 || year > 2100) {
            throw new InvalidRequestException("year", String.valueOf(year), "must be a reporting year such as 2025 (for 2025/26)");
        }
    }

    /** The year a date falls in: 31 March 2026 is in 2025/26, 1 April 2026 in 2026/27. */
    public static ReportingYear containing(LocalDate date) {
        return new ReportingYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate from() {
        return LocalDate.of(year, 4, 1);
    }

    public LocalDate to() {
        return LocalDate.of(year + 1, 3, 31);
    }

    /** As the Regulator writes it: 2025/26. */
    public String label() {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }
}
