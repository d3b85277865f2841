package org.putright.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped bank holiday data: its shape, its coverage, and its dates checked against the rules. */
class BankHolidayDataTest {

    private static final int FIRST_YEAR = 2018;
    private static final int LAST_YEAR = 2027;

    private final BankHolidays shipped = BankHolidays.shipped();

    private Set<LocalDate> dates(Division division) {
        return shipped.datesFor(division);
    }

    private Set<LocalDate> dates(Division division, int year) {
        return dates(division).stream().filter(d -> d.getYear() == year).collect(Collectors.toCollection(TreeSet::new));
    }

    private String titleOn(Division division, LocalDate date) {
        return shipped.holidays(division).stream().filter(h -> h.date().equals(date)).map(BankHoliday::title)
                .findFirst().orElse(null);
    }

    @Test
    void everyDivisionIsCoveredForEveryYearFrom2018To2027() {
        List<Integer> expected = IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList();
        for (Division division : Division.values()) {
            assertThat(shipped.coveredYears(division)).as(division.key()).containsExactlyElementsOf(expected);
        }
        assertThat(shipped.coveredYears()).containsExactlyElementsOf(expected);
    }

    @Test
    void englandAndWalesHasEightBankHolidaysAYearExceptTenIn2022AndNineIn2023() {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int expected = switch (year) {
                case 2022 -> 10; // Spring moved to Thu 2 June + Platinum Jubilee Fri 3 June + State Funeral
                case 2023 -> 9; // Coronation
                default -> 8;
            };
            assertThat(dates(Division.ENGLAND_AND_WALES, year)).as("England and Wales %d", year).hasSize(expected);
        }
    }

    @Test
    void scotlandHasNineAYearAndNorthernIrelandTenWithTheSameExtrasIn2022And2023() {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int extra = year == 2022 ? 2 : year == 2023 ? 1 : 0;
            assertThat(dates(Division.SCOTLAND, year)).as("Scotland %d", year).hasSize(9 + extra);
            assertThat(dates(Division.NORTHERN_IRELAND, year)).as("Northern Ireland %d", year).hasSize(10 + extra);
        }
    }

    @ParameterizedTest
    @EnumSource(Division.class)
    void everyBankHolidayIsAWeekdayAndNoDateIsListedTwice(Division division) {
        List<BankHoliday> holidays = shipped.holidays(division);
        assertThat(holidays).extracting(BankHoliday::date).doesNotHaveDuplicates()
                .allSatisfy(date -> assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(holidays).extracting(BankHoliday::date).isSorted();
    }

    @ParameterizedTest
    @EnumSource(Division.class)
    void everyYearMatchesTheBankHolidayRules(Division division) {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            assertThat(dates(division, year)).as("%s %d", division.key(), year)
                    .containsExactlyElementsOf(new TreeSet<>(Rules.expected(division, year)));
        }
    }

    @Test
    void easterSundayIsComputedCorrectlyForEveryYear() {
        Map<Integer, LocalDate> easterSundays = Map.of(2018, of(2018, 4, 1), 2019, of(2019, 4, 21), 2020,
                of(2020, 4, 12), 2021, of(2021, 4, 4), 2022, of(2022, 4, 17), 2023, of(2023, 4, 9), 2024,
                of(2024, 3, 31), 2025, of(2025, 4, 20), 2026, of(2026, 4, 5), 2027, of(2027, 3, 28));
        easterSundays.forEach((year, sunday) -> assertThat(Rules.easterSunday(year)).as("Easter %d", year)
                .isEqualTo(sunday));
    }

    @Test
    void goodFridayAndEasterMondayInEnglandAndWalesButNoEasterMondayInScotland() {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            LocalDate easter = Rules.easterSunday(year);
            for (Division division : Division.values()) {
                assertThat(dates(division)).as("Good Friday %d %s", year, division).contains(easter.minusDays(2));
            }
            assertThat(dates(Division.ENGLAND_AND_WALES)).as("Easter Monday %d", year).contains(easter.plusDays(1));
            assertThat(dates(Division.NORTHERN_IRELAND)).as("Easter Monday %d NI", year).contains(easter.plusDays(1));
            assertThat(dates(Division.SCOTLAND)).as("no Easter Monday %d in Scotland", year)
                    .doesNotContain(easter.plusDays(1));
        }
        assertThat(titleOn(Division.ENGLAND_AND_WALES, of(2025, 4, 18))).isEqualTo("Good Friday");
        assertThat(titleOn(Division.ENGLAND_AND_WALES, of(2025, 4, 21))).isEqualTo("Easter Monday");
        assertThat(dates(Division.ENGLAND_AND_WALES)).contains(of(2024, 3, 29), of(2024, 4, 1), of(2027, 3, 26),
                of(2027, 3, 29));
    }

    @Test
    void christmasAndBoxingDayWithSubstituteDaysWhenTheyFallAtAWeekend() {
        for (Division division : Division.values()) {
            Set<LocalDate> d = dates(division);
            // Weekdays: the days themselves.
            assertThat(d).contains(of(2024, 12, 25), of(2024, 12, 26), of(2025, 12, 25), of(2025, 12, 26));
            // 2020: Christmas Friday, Boxing Day Saturday -> Monday 28th.
            assertThat(d).contains(of(2020, 12, 25), of(2020, 12, 28)).doesNotContain(of(2020, 12, 26));
            // 2021: Saturday and Sunday -> Monday 27th and Tuesday 28th.
            assertThat(d).contains(of(2021, 12, 27), of(2021, 12, 28));
            // 2022: Christmas Sunday, Boxing Day Monday -> Boxing Day 26th, Christmas substitute Tuesday 27th.
            assertThat(d).contains(of(2022, 12, 26), of(2022, 12, 27));
            // 2026 like 2020; 2027 like 2021.
            assertThat(d).contains(of(2026, 12, 25), of(2026, 12, 28), of(2027, 12, 27), of(2027, 12, 28));
        }
        assertThat(titleOn(Division.ENGLAND_AND_WALES, of(2022, 12, 27))).isEqualTo("Christmas Day");
        assertThat(titleOn(Division.ENGLAND_AND_WALES, of(2020, 12, 28))).isEqualTo("Boxing Day");
    }

    @Test
    void newYearSubstituteDays() {
        for (Division division : Division.values()) {
            assertThat(dates(division)).contains(of(2022, 1, 3), of(2023, 1, 2)).doesNotContain(of(2022, 1, 1),
                    of(2023, 1, 1));
        }
    }

    @Test
    void earlyMaySpringAndSummerBankHolidaysIncludingTheMovedOnes() {
        Set<LocalDate> ew = dates(Division.ENGLAND_AND_WALES);
        assertThat(ew).contains(of(2024, 5, 6), of(2024, 5, 27), of(2024, 8, 26));
        assertThat(ew).contains(of(2025, 5, 5), of(2025, 5, 26), of(2025, 8, 25));
        // 2020: Early May moved from Monday 4 May to Friday 8 May for VE Day.
        assertThat(ew).contains(of(2020, 5, 8)).doesNotContain(of(2020, 5, 4));
        // 2022: Spring moved from Monday 30 May to Thursday 2 June, plus the Platinum Jubilee on Friday 3 June.
        assertThat(ew).contains(of(2022, 6, 2), of(2022, 6, 3)).doesNotContain(of(2022, 5, 30));
        // Scotland's summer bank holiday is the first Monday in August, not the last.
        assertThat(dates(Division.SCOTLAND)).contains(of(2024, 8, 5), of(2025, 8, 4), of(2023, 8, 7))
                .doesNotContain(of(2024, 8, 26), of(2025, 8, 25));
        assertThat(dates(Division.NORTHERN_IRELAND)).contains(of(2024, 8, 26), of(2025, 8, 25));
    }

    @Test
    void oneOffBankHolidaysApplyInEveryDivision() {
        for (Division division : Division.values()) {
            assertThat(dates(division)).as(division.key()).contains(of(2022, 6, 3), of(2022, 9, 19), of(2023, 5, 8));
        }
        assertThat(titleOn(Division.SCOTLAND, of(2023, 5, 8)))
                .isEqualTo("Bank holiday for the coronation of King Charles III");
        assertThat(titleOn(Division.NORTHERN_IRELAND, of(2022, 9, 19)))
                .isEqualTo("Bank Holiday for the State Funeral of Queen Elizabeth II");
    }

    @Test
    void scotlandHasTheSecondOfJanuaryAndStAndrewsDayWithSubstitutes() {
        Set<LocalDate> scotland = dates(Division.SCOTLAND);
        assertThat(scotland).contains(of(2024, 1, 2), of(2025, 1, 2), of(2026, 1, 2));
        // 2 January on a Saturday (2021, 2027) -> Monday 4th; in 2022 (1st Sat, 2nd Sun) -> Mon 3rd and Tue 4th;
        // in 2023 (1st Sunday) -> New Year Monday 2nd and 2 January Tuesday 3rd.
        assertThat(scotland).contains(of(2021, 1, 4), of(2027, 1, 4), of(2022, 1, 3), of(2022, 1, 4), of(2023, 1, 2),
                of(2023, 1, 3));
        assertThat(scotland).contains(of(2018, 11, 30), of(2020, 11, 30), of(2026, 11, 30));
        // St Andrew's Day on a Saturday (2019, 2024) -> Monday 2 December; on a Sunday (2025) -> Monday 1 December.
        assertThat(scotland).contains(of(2019, 12, 2), of(2024, 12, 2), of(2025, 12, 1));
        assertThat(titleOn(Division.SCOTLAND, of(2025, 12, 1))).isEqualTo("St Andrew\u2019s Day");
        assertThat(dates(Division.ENGLAND_AND_WALES)).doesNotContain(of(2024, 1, 2), of(2026, 11, 30));
    }

    @Test
    void northernIrelandHasStPatricksDayAndTheBattleOfTheBoyneWithSubstitutes() {
        Set<LocalDate> ni = dates(Division.NORTHERN_IRELAND);
        assertThat(ni).contains(of(2020, 3, 17), of(2025, 3, 17), of(2026, 3, 17), of(2027, 3, 17));
        // 17 March on a Saturday (2018) or Sunday (2019, 2024) -> the Monday.
        assertThat(ni).contains(of(2018, 3, 19), of(2019, 3, 18), of(2024, 3, 18));
        assertThat(ni).contains(of(2019, 7, 12), of(2024, 7, 12), of(2027, 7, 12));
        // 12 July on a Sunday (2020, 2026) or Saturday (2025) -> the Monday.
        assertThat(ni).contains(of(2020, 7, 13), of(2025, 7, 14), of(2026, 7, 13));
        assertThat(titleOn(Division.NORTHERN_IRELAND, of(2025, 7, 14)))
                .isEqualTo("Battle of the Boyne (Orangemen\u2019s Day)");
        assertThat(dates(Division.ENGLAND_AND_WALES)).doesNotContain(of(2025, 3, 17), of(2024, 7, 12));
        assertThat(dates(Division.SCOTLAND)).doesNotContain(of(2025, 3, 17), of(2024, 7, 12));
    }

    @Test
    void theShippedFileHasGovUkShape() throws Exception {
        JsonNode root;
        try (InputStream in = BankHolidays.class.getResourceAsStream(BankHolidays.SHIPPED_RESOURCE)) {
            root = JsonMapper.builder().build().readTree(in);
        }
        Set<String> keys = new HashSet<>(root.propertyNames());
        assertThat(keys).containsExactlyInAnyOrder("england-and-wales", "scotland", "northern-ireland");
        for (Division division : Division.values()) {
            JsonNode node = root.get(division.key());
            assertThat(node.get("division").asString()).isEqualTo(division.key());
            assertThat(node.get("events").isArray()).isTrue();
            for (JsonNode event : node.get("events")) {
                assertThat(event.get("title").isString()).isTrue();
                assertThat(event.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(event.get("notes").asString()).isIn("", "Substitute day");
                assertThat(event.get("bunting").isBoolean()).isTrue();
            }
        }
    }

    /** The rules, written independently of the data file (and of the script that produced it). */
    static final class Rules {

        static LocalDate easterSunday(int year) {
            // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
            int a = year % 19;
            int b = year / 100;
            int c = year % 100;
            int d = b / 4;
            int e = b % 4;
            int f = (b + 8) / 25;
            int g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4;
            int k = c % 4;
            int l = (32 + 2 * e + 2 * i - h - k) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31;
            int day = (h + l - 7 * m + 114) % 31 + 1;
            return LocalDate.of(year, month, day);
        }

        static Set<LocalDate> expected(Division division, int year) {
            Set<LocalDate> days = new HashSet<>();
            // New Year (and Scotland's 2 January), then Christmas and Boxing Day: each weekend one moves to the
            // next weekday not already a holiday.
            addWithSubstitutes(days, division == Division.SCOTLAND
                    ? List.of(of(year, 1, 1), of(year, 1, 2)) : List.of(of(year, 1, 1)));
            LocalDate easter = easterSunday(year);
            days.add(easter.minusDays(2));
            if (division != Division.SCOTLAND) {
                days.add(easter.plusDays(1));
            }
            days.add(year == 2020 ? of(2020, 5, 8) : firstMonday(year, 5));
            if (year == 2022) {
                days.add(of(2022, 6, 2));
                days.add(of(2022, 6, 3));
                days.add(of(2022, 9, 19));
            }
            else {
                days.add(lastMonday(year, 5));
            }
            if (year == 2023) {
                days.add(of(2023, 5, 8));
            }
            days.add(division == Division.SCOTLAND ? firstMonday(year, 8) : lastMonday(year, 8));
            if (division == Division.SCOTLAND) {
                addWithSubstitutes(days, List.of(of(year, 11, 30)));
            }
            if (division == Division.NORTHERN_IRELAND) {
                addWithSubstitutes(days, List.of(of(year, 3, 17)));
                addWithSubstitutes(days, List.of(of(year, 7, 12)));
            }
            addWithSubstitutes(days, List.of(of(year, 12, 25), of(year, 12, 26)));
            return days;
        }

        private static void addWithSubstitutes(Set<LocalDate> days, List<LocalDate> fixed) {
            for (LocalDate date : fixed) {
                LocalDate d = date;
                while (isWeekend(d) || days.contains(d)) {
                    d = d.plusDays(1);
                }
                days.add(d);
            }
        }

        private static boolean isWeekend(LocalDate d) {
            return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        }

        private static LocalDate firstMonday(int year, int month) {
            return of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        }

        private static LocalDate lastMonday(int year, int month) {
            return of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        }
    }
}
