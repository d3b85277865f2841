package org.putright.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * UK bank holidays per {@link Division}, read from JSON in the shape GOV.UK publishes at
 * {@code https://www.gov.uk/bank-holidays.json}. Divisions in the JSON that are not known are ignored.
 */
public final class BankHolidays {

    /** Classpath location of the copy shipped with the application (see {@code calendar/README.md}). */
    public static final String SHIPPED_RESOURCE = "/calendar/bank-holidays.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static volatile BankHolidays shipped;

    private final Map<Division, List<BankHoliday>> byDivision;

    private BankHolidays(Map<Division, List<BankHoliday>> byDivision) {
        this.byDivision = byDivision;
    }

    /** The bank holidays shipped in {@value #SHIPPED_RESOURCE} (read once, then cached). */
    public static BankHolidays shipped() {
        BankHolidays result = shipped;
        if (result == null) {
            try (InputStream in = BankHolidays.class.getResourceAsStream(SHIPPED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing classpath resource " + SHIPPED_RESOURCE);
                }
                result = parse(in);
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Could not read " + SHIPPED_RESOURCE, ex);
            }
            shipped = result;
        }
        return result;
    }

    /**
     * Parses GOV.UK's JSON shape. The stream is not closed.
     * @throws IllegalArgumentException if the JSON is malformed or an event has no valid date or title
     */
    public static BankHolidays parse(InputStream json) {
        Objects.requireNonNull(json, "json");
        Map<String, DivisionJson> raw;
        try {
            raw = JSON.readValue(json, new TypeReference<Map<String, DivisionJson>>() {
            });
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException("Not GOV.UK bank holiday JSON: " + ex.getOriginalMessage(), ex);
        }
        if (raw == null) {
            throw new IllegalArgumentException("Not GOV.UK bank holiday JSON: empty document");
        }
        Map<Division, List<BankHoliday>> byDivision = new EnumMap<>(Division.class);
        for (Division division : Division.values()) {
            DivisionJson entry = raw.get(division.key());
            List<BankHoliday> holidays = new ArrayList<>();
            if (entry != null && entry.events() != null) {
                for (EventJson event : entry.events()) {
                    holidays.add(toHoliday(division, event));
                }
            }
            holidays.sort(Comparator.comparing(BankHoliday::date));
            byDivision.put(division, List.copyOf(holidays));
        }
        return new BankHolidays(Collections.unmodifiableMap(byDivision));
    }

    private static BankHoliday toHoliday(Division division, EventJson event) {
        if (event == null || event.date() == null || event.title() == null) {
            throw new IllegalArgumentException("Bank holiday without a date or title in " + division.key() + ": " + event);
        }
        try {
            return new BankHoliday(LocalDate.parse(event.date()), event.title());
        }
        catch (java.time.format.DateTimeParseException ex) {
            throw new IllegalArgumentException("Bad bank holiday date in " + division.key() + ": " + event.date(), ex);
        }
    }

    /** The division's bank holidays in date order. */
    public List<BankHoliday> holidays(Division division) {
        return byDivision.get(Objects.requireNonNull(division, "division"));
    }

    /** The dates of the division's bank holidays. */
    public Set<LocalDate> datesFor(Division division) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (BankHoliday holiday : holidays(division)) {
            dates.add(holiday.date());
        }
        return Collections.unmodifiableSet(dates);
    }

    /** The years in which the division has at least one bank holiday in the data. */
    public SortedSet<Integer> coveredYears(Division division) {
        SortedSet<Integer> years = new TreeSet<>();
        for (BankHoliday holiday : holidays(division)) {
            years.add(holiday.date().getYear());
        }
        return Collections.unmodifiableSortedSet(years);
    }

    /** The years for which every division has bank holidays in the data. */
    public SortedSet<Integer> coveredYears() {
        SortedSet<Integer> years = null;
        for (Division division : Division.values()) {
            SortedSet<Integer> divisionYears = coveredYears(division);
            if (years == null) {
                years = new TreeSet<>(divisionYears);
            }
            else {
                years.retainAll(divisionYears);
            }
        }
        return Collections.unmodifiableSortedSet(years);
    }

    /** A working-day calendar for the division with these bank holidays as its non-working days. */
    public WorkingDayCalendar calendarFor(Division division) {
        return new WorkingDayCalendar(datesFor(division));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DivisionJson(String division, List<EventJson> events) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventJson(String title, String date, String notes, Boolean bunting) {
    }
}
