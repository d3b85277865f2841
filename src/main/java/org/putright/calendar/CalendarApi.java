package org.putright.calendar;

import java.time.LocalDate;
import java.util.List;

import org.putright.shared.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The calendar REST API: the landlord's extra non-working days (managers and administrators keep them; all staff
 * read them), the division's bank holidays, and a working-day deadline calculator.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    static final String KEEPERS = "hasAnyRole('ADMIN','MANAGER')";

    /** Ten years of working days: far beyond any deadline in the Code, and well inside what dates can hold. */
    static final int MAX_WORKING_DAYS = 2_610;

    private final NonWorkingDays nonWorkingDays;
    private final CalendarService calendar;

    CalendarApi(NonWorkingDays nonWorkingDays, CalendarService calendar) {
        this.nonWorkingDays = nonWorkingDays;
        this.calendar = calendar;
    }

    record NewNonWorkingDay(@NotNull LocalDate date, @NotBlank @Size(max = 500) String reason) {
    }

    record WithdrawalRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** Query parameters of the calculator, bound and validated as one object so errors name the parameter. */
    record WorkingDaysQuery(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @NotNull @Min(0) @Max(MAX_WORKING_DAYS) Integer workingDays) {
    }

    record DueDate(LocalDate from, int workingDays, LocalDate dueOn) {
    }

    record BankHolidayList(String division, int year, boolean covered, List<BankHoliday> bankHolidays) {
    }

    @GetMapping("/non-working-days")
    List<NonWorkingDays.NonWorkingDay> nonWorkingDays(@RequestParam(required = false) Integer year) {
        if (year != null && (year < 1900 || year > 9000)) {
            throw new InvalidRequestException("year", year, "must be a year between 1900 and 9000");
        }
        return nonWorkingDays.all(year);
    }

    @PostMapping("/non-working-days")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(KEEPERS)
    NonWorkingDays.NonWorkingDay add(@Valid @RequestBody NewNonWorkingDay request) {
        return nonWorkingDays.add(request.date(), request.reason());
    }

    @PostMapping("/non-working-days/{date}/withdrawal")
    @PreAuthorize(KEEPERS)
    NonWorkingDays.NonWorkingDay withdraw(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody WithdrawalRequest request) {
        return nonWorkingDays.withdraw(date, request.reason());
    }

    /** The {@code workingDays}th working day after {@code from} (which is day 0), as deadlines are counted. */
    @GetMapping("/working-days")
    DueDate workingDays(@Valid WorkingDaysQuery query) {
        if (query.from().getYear() < 1900 || query.from().getYear() > 9000) {
            throw new InvalidRequestException("from", query.from(), "must be a date between the years 1900 and 9000");
        }
        return new DueDate(query.from(), query.workingDays(), calendar.addWorkingDays(query.from(), query.workingDays()));
    }

    /** The division's bank holidays in a year (this year by default); {@code covered} is false beyond the data. */
    @GetMapping("/bank-holidays")
    BankHolidayList bankHolidays(@RequestParam(required = false) Integer year) {
        int wanted = year != null ? year : calendar.today().getYear();
        List<BankHoliday> holidays = calendar.bankHolidays().stream()
                .filter(holiday -> holiday.date().getYear() == wanted)
                .toList();
        return new BankHolidayList(calendar.division().key(), wanted, calendar.coveredYears().contains(wanted), holidays);
    }
}
