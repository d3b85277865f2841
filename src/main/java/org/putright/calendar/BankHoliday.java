package org.putright.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One bank holiday as published by GOV.UK: the date it is taken (substitute days included) and its title. */
public record BankHoliday(LocalDate date, String title) {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
    }
}
