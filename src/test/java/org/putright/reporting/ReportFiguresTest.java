package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's figures (9.4, 9.6, 9.7, 8.1 b) from a fixture of complaints made through the API in January to June
 * 2043, a period no other test uses; every expected value is counted by hand in {@link FigureFixture}.
 */
@WithDatabase
class ReportFiguresTest {

    static final String PERIOD = "from=2043-01-01&to=2043-06-30";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportFigures figures;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        // the fixture's last day, so every date in it is in the past and the lessons are recorded inside the period
        clock.set(Instant.parse("2043-06-30T11:00:00Z"));
        FigureFixture fixture = new FigureFixture(api, "t" + UUID.randomUUID().toString().substring(0, 6));
        // once per database: the tests only read it
        if (jdbc.sql("select count(*) from report_stage where received_on between ? and ?")
                .params(LocalDate.of(2043, 1, 1), LocalDate.of(2043, 6, 30)).query(Long.class).single() == 0) {
            fixture.januaryToJune2043();
        }
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    @Test
    void provision_9_6_figures_by_stage_count_each_step_in_the_period_it_happened() {
        Api.Response response = api.as(FigureFixture.VIEWER).get("/api/v1/reports/dashboard?" + PERIOD);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode f = response.body();
        JsonNode one = f.at("/stages/0");
        assertThat(one.get("stage").asInt()).isEqualTo(1);
        assertThat(one.get("received").asLong()).isEqualTo(6);
        assertThat(one.get("acknowledged").asLong()).isEqualTo(4);
        assertThat(one.get("acknowledgedInTime").asLong()).isEqualTo(3);
        assertThat(one.get("acknowledgedInTimePercent").decimalValue()).isEqualByComparingTo("75.0");
        assertThat(one.get("responded").asLong()).isEqualTo(3);
        assertThat(one.get("respondedInTime").asLong()).isEqualTo(3);
        assertThat(one.get("respondedInTimePercent").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(one.get("respondedAfterExtension").asLong()).isEqualTo(1);
        assertThat(one.get("extensions").asLong()).isEqualTo(1);
        assertThat(one.get("refused").asLong()).isEqualTo(1);
        assertThat(one.get("upheld").asLong()).isEqualTo(2);
        assertThat(one.get("partlyUpheld").asLong()).isEqualTo(1);
        assertThat(one.get("notUpheld").asLong()).isZero();
        assertThat(one.get("remediesOffered").asLong()).isEqualTo(3);
        assertThat(one.get("financialOffered").decimalValue()).isEqualByComparingTo("350.00");
        assertThat(one.get("actionsPromised").asLong()).isEqualTo(1);

        JsonNode two = f.at("/stages/1");
        assertThat(two.get("received").asLong()).isEqualTo(1);
        assertThat(two.get("acknowledged").asLong()).isEqualTo(1);
        assertThat(two.get("acknowledgedInTime").asLong()).isEqualTo(1);
        assertThat(two.get("responded").asLong()).isEqualTo(1);
        assertThat(two.get("respondedInTime").asLong()).isZero();
        assertThat(two.get("respondedInTimePercent").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(two.get("notUpheld").asLong()).isEqualTo(1);
        assertThat(two.get("financialOffered").decimalValue()).isEqualByComparingTo("0.00");

        assertThat(f.get("serviceRequestsReceived").asLong()).isEqualTo(1);
        assertThat(f.at("/refusalsByGround/0/ground").asString()).isEqualTo("LEGAL_PROCEEDINGS");
        assertThat(f.at("/refusalsByGround/0/label").asString()).isEqualTo("Legal proceedings have started");
        assertThat(f.at("/refusalsByGround/0/stage1").asLong()).isEqualTo(1);
        assertThat(f.get("refusalsByGround").size()).isEqualTo(1);

        assertThat(f.at("/learning/compensationPaid").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(f.at("/learning/paymentsMade").asLong()).isEqualTo(1);
        assertThat(f.at("/learning/lessonsRecorded").asLong()).isEqualTo(1);
        assertThat(f.at("/learning/improvementsProposed").asLong()).isEqualTo(1);
        assertThat(f.at("/learning/improvementsCompleted").asLong()).isEqualTo(1);
        // open and overdue actions are today's, across every case (other tests' too): C1's action, due 20 February, is among them
        assertThat(f.at("/actions/promised").asLong()).isEqualTo(1);
        assertThat(f.at("/actions/overdueToday").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(f.at("/actions/openToday").asLong()).isGreaterThanOrEqualTo(f.at("/actions/overdueToday").asLong());

        // November 2043: nothing of the fixture's
        JsonNode later = api.as(FigureFixture.VIEWER).get("/api/v1/reports/dashboard?from=2043-11-01&to=2043-11-30").body();
        assertThat(later.at("/stages/0/received").asLong()).isZero();
        assertThat(later.at("/stages/0/respondedInTimePercent").isNull()).isTrue();
    }

    @Test
    void provision_9_4_monthly_volumes_categories_repeats_and_rising_categories() {
        ReportFigures.Figures f = figures.forPeriod(LocalDate.of(2043, 1, 1), LocalDate.of(2043, 6, 30));
        assertThat(f.months()).extracting(m -> m.month().getMonthValue()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(f.months()).extracting(ReportFigures.Month::stage1Received).containsExactly(1L, 1L, 0L, 2L, 1L, 1L);
        assertThat(f.months()).extracting(ReportFigures.Month::stage2Received).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(f.months()).extracting(ReportFigures.Month::stage1Responded).containsExactly(1L, 0L, 1L, 1L, 0L, 0L);
        assertThat(f.months()).extracting(ReportFigures.Month::stage2Responded).containsExactly(0L, 0L, 1L, 0L, 0L, 0L);

        assertThat(f.categories().serviceAreas()).extracting(c -> c.label() + "=" + c.complaints())
                .containsExactly("Damp and mould=5", "Repairs=1");
        assertThat(f.categories().causes()).extracting(c -> c.label() + "=" + c.complaints())
                .containsExactly("Delay=3", "Communication=1", "Quality of work=1", "Not categorised=1");
        assertThat(f.categories().teams()).extracting(c -> c.label() + "=" + c.complaints())
                .containsExactly("Repairs team=2", "Housing management=1", "Not categorised=3");
        assertThat(f.categories().serviceAreasByMonth()).extracting(s -> s.label() + "=" + s.monthly())
                .containsExactly("Damp and mould=[0, 1, 0, 2, 1, 1]", "Repairs=[1, 0, 0, 0, 0, 0]");

        assertThat(f.repeats().repeatComplainants()).isEqualTo(2);
        assertThat(f.repeats().complaintsFromRepeatComplainants()).isEqualTo(4);
        assertThat(f.repeats().repeatProperties()).isEqualTo(2);
        assertThat(f.repeats().complaintsFromRepeatProperties()).isEqualTo(5);

        ReportFigures.Trends t = f.trends();
        assertThat(t.latestFrom()).isEqualTo(LocalDate.of(2043, 4, 1));
        assertThat(t.previousFrom()).isEqualTo(LocalDate.of(2043, 1, 1));
        assertThat(t.previousTo()).isEqualTo(LocalDate.of(2043, 3, 31));
        assertThat(t.serviceAreas()).filteredOn(ReportFigures.Trend::rising).extracting(r -> r.code() + " " + r.previous() + "->" + r.latest())
                .containsExactly("DAMP_AND_MOULD 1->4");
        // delay went from 1 to 2: up, but by fewer than the 3 complaints that make a rise
        assertThat(t.causes()).filteredOn(r -> r.code().equals("DELAY")).singleElement()
                .satisfies(r -> assertThat(r.rising()).isFalse());
        assertThat(t.causes()).noneMatch(ReportFigures.Trend::rising);
    }

    @Test
    void every_figure_is_in_the_csv_and_the_xlsx() throws Exception {
        MvcResult csv = mvc.perform(get("/reports/dashboard.csv?" + PERIOD).with(user(FigureFixture.VIEWER).roles("GOVERNANCE_VIEWER")))
                .andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        MvcResult page = mvc.perform(get("/reports/dashboard.json?" + PERIOD).with(user(FigureFixture.VIEWER).roles("GOVERNANCE_VIEWER")))
                .andReturn();
        assertThat(json.readTree(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).at("/stages/0/received").asLong())
                .isEqualTo(6);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("complaints-figures-2043-01-01-to-2043-06-30.csv");
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Complaint handling by stage\r\nFigure,Stage 1,Stage 2\r\nReceived,6,1\r\n")
                .contains("Acknowledged within the Code's timescale (%),75.0,100.0")
                .contains("Compensation offered (£),350.00,0.00")
                .contains("Legal proceedings have started,1,0")
                .contains("Damp and mould,5\r\n")
                .contains("Damp and mould,0,1,0,2,1,1,5")
                .contains("Service area,Damp and mould,1,4,300.0,Rising");

        MvcResult xlsx = mvc.perform(get("/reports/dashboard.xlsx?" + PERIOD).with(user(FigureFixture.VIEWER).roles("MANAGER")))
                .andReturn();
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet stages = book.getSheet("stages");
            assertThat(cells(stages.getRow(3))).containsExactly("Received", "6.0", "1.0");
            assertThat(stages.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(6.0);
            assertThat(find(stages, "Compensation offered (£)")).containsExactly("Compensation offered (£)", "350.0", "0.0");
            assertThat(find(book.getSheet("service-areas"), "Damp and mould")).containsExactly("Damp and mould", "5.0");
            assertThat(find(book.getSheet("other"), "Repeat properties (more than one new complaint)")).endsWith("2.0");
            assertThat(find(book.getSheet("months"), "Apr 2043")).containsExactly("Apr 2043", "2.0", "0.0", "1.0", "0.0");
            List<String> sheets = new ArrayList<>();
            book.sheetIterator().forEachRemaining(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("stages", "other", "refusals", "months", "service-areas", "causes", "teams",
                    "service-areas-monthly", "trends");
        }
    }

    @Test
    void the_dashboard_page_shows_the_figures_charts_and_their_tables() throws Exception {
        MvcResult page = mvc.perform(get("/reports/dashboard?" + PERIOD).with(user(FigureFixture.VIEWER).roles("GOVERNANCE_VIEWER")))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Figures for <strong>1 January 2043 to 30 June 2043</strong>")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"putright-chart\" role=\"img\" id=\"chart-trend\"")
                .contains("<title id=\"chart-service-areas-title\">New complaints by service area</title>")
                .contains("Damp and mould: 5; Repairs: 1.")
                .contains("id=\"table-months\"").contains("id=\"table-stages\"")
                .contains("Rising in the three months to")
                .contains("/reports/dashboard.xlsx?from=2043-01-01&amp;to=2043-06-30");

        // typed dates are checked, each error in the GOV.UK error summary and by its field
        MvcResult wrong = mvc.perform(get("/reports/dashboard?from.day=31&from.month=2&from.year=2043&to.day=&to.month=&to.year=")
                .with(user(FigureFixture.VIEWER).roles("MANAGER"))).andReturn();
        String errors = wrong.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors).contains("govuk-error-summary").contains("href=\"#from\">The start date must be a real date")
                .contains("href=\"#to\">Enter the end date").doesNotContain("chart-trend");
        MvcResult backwards = mvc.perform(get("/reports/dashboard?from.day=1&from.month=6&from.year=2043&to.day=1&to.month=5&to.year=2043")
                .with(user(FigureFixture.VIEWER).roles("COMPLAINTS_OFFICER"))).andReturn();
        assertThat(backwards.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("The end date must be the same as or after the start date");

        // an investigating officer is not shown the governing body's figures
        assertThat(mvc.perform(get("/reports/dashboard?" + PERIOD).with(user("someone").roles("INVESTIGATING_OFFICER"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(api.as(FigureFixture.OFFICER).get("/api/v1/reports/dashboard?from=2043-06-30&to=2043-01-01").status()).isEqualTo(422);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.cellIterator().forEachRemaining(c -> cells.add(switch (c.getCellType()) {
            case NUMERIC -> Double.toString(c.getNumericCellValue());
            default -> c.getStringCellValue();
        }));
        return cells;
    }

    private static List<String> find(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return cells(row);
            }
        }
        throw new AssertionError("No row " + label + " in " + sheet.getSheetName());
    }
}
