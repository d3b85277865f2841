package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

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
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.json.JsonMapper;

/**
 * CH01 and CH02 counted from the record, checked against complaints counted by hand. The fixtures live in reporting year
 * 2021/22 (1 April 2021 to 31 March 2022), which no other test uses, plus the edges of the years either side.
 */
@WithDatabase
class TsmMeasuresTest {

    static final String MANAGER = "tsm.manager";
    static final String VIEWER = "tsm.viewer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff(MANAGER, "MANAGER").staff(VIEWER, "GOVERNANCE_VIEWER");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    /*
     * The fixtures, 2021/22 unless said (HOS-2022 Code: stage 1 answer 10 working days after acknowledgement, stage 2 answer
     * 20 working days after escalation was asked for; extensions move the deadline):
     *
     * | case | what happens                                         | CH01 s1 | CH01 s2 | CH02 s1         | CH02 s2         |
     * |------|------------------------------------------------------|---------|---------|-----------------|-----------------|
     * | A    | rec 4 May 21, ack 5 May, due 19 May, answered 12 May  | 1       |         | within          |                 |
     * | A2   | A escalated 20 May, due 18 Jun, answered 10 Jun       |         | 1       |                 | within          |
     * | B    | rec 1 Jun, ack 2 Jun, due 16 Jun, answered 25 Jun     | 1       |         | late (no ext.)  |                 |
     * | B2   | B escalated 29 Jun, due 27 Jul, answered 10 Aug       |         | 1       |                 | late            |
     * | C    | rec 6 Jul, ack 7 Jul, due 21 Jul, +10 days agreed to  | 1       |         | within (inside  |                 |
     * |      | 4 Aug, answered 30 Jul                                |         |         | the extension)  |                 |
     * | C2   | C escalated 1 Mar 22, not yet answered                |         | 1       |                 |                 |
     * | D    | rec 7 Sep, ack 8 Sep, +5 days to 29 Sep, ans. 6 Oct   | 1       |         | late (after ext)|                 |
     * | E    | rec 22 Mar 22, ack 23 Mar, answered 5 Apr 22 (22/23)  | 1       |         | - (next year)   |                 |
     * | F    | rec 16 Mar 21 (20/21), ack 24 Mar, ans. 6 Apr 21      | - (last)|         | within          |                 |
     * | G    | rec 3 Aug, refused (legal proceedings) 5 Aug          | - refused |       |                 |                 |
     * | H    | rec 10 Aug, a service request                         | -       |         |                 |                 |
     * | I    | rec 1 Feb 22, acknowledged, not yet answered          | 1       |         |                 |                 |
     * |------|------------------------------------------------------|---------|---------|-----------------|-----------------|
     * | 2021/22 totals                                              | 6       | 3       | 3 of 5 = 60.0%  | 1 of 2 = 50.0%  |
     *
     * Homes owned 1,750 (after a first entry of 1,700 was corrected): 6 / 1,750 x 1,000 = 3.43 -> 3.4; 3 / 1,750 x 1,000 =
     * 1.71 -> 1.7. One stage 1 complaint was refused, no escalation was.
     */
    @Test
    void tsm_ch01_and_ch02_match_hand_counted_fixtures() {
        ensureFixtures();

        Api.Response report = api.as(VIEWER).get("/api/v1/reports/tsm?year=2021");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.body()).isEqualTo(json.readTree("""
                {"year":"2021/22","from":"2021-04-01","to":"2022-03-31","homes":1750,
                 "ch01":{"stage1PerThousand":3.4,"stage2PerThousand":1.7,"stage1Received":6,"stage2Received":3,
                         "stage1Refused":1,"stage2Refused":0,"note":null},
                 "ch02":{"stage1WithinTimescale":60.0,"stage2WithinTimescale":50.0,"stage1Responded":5,"stage1RespondedWithin":3,
                         "stage2Responded":2,"stage2RespondedWithin":1,"note":null},
                 "tp09":{"respondents":null,"satisfied":null,"satisfiedPercent":null,"source":null,
                         "note":"No TP09 survey results are recorded for 2021/22."},
                 "survey":{"invited":0,"answered":0,"satisfied":0,"satisfiedPercent":null}}"""));

        // across the boundaries: F's response counts in 2021/22 above, its receipt in 2020/21; E's the other way round
        Api.Response before = api.as(VIEWER).get("/api/v1/reports/tsm?year=2020");
        assertThat(before.body().at("/ch01/stage1Received").asInt()).isEqualTo(1);
        assertThat(before.body().at("/ch02/stage1Responded").asInt()).isZero();
        assertThat(before.body().at("/homes").isNull()).isTrue();
        assertThat(before.body().at("/ch01/stage1PerThousand").isNull()).isTrue();
        assertThat(before.text("/ch01/note")).contains("No homes owned are recorded for 2020/21");
        Api.Response after = api.as(VIEWER).get("/api/v1/reports/tsm?year=2022");
        assertThat(after.body().at("/ch02/stage1Responded").asInt()).isEqualTo(1);
        assertThat(after.body().at("/ch02/stage1WithinTimescale").asDouble()).isEqualTo(100.0);
        assertThat(after.body().at("/ch02/stage2WithinTimescale").isNull()).isTrue();
        assertThat(after.text("/ch02/note")).isEqualTo("No stage 2 responses were issued in 2022/23, so there is no proportion to give.");
    }

    @Test
    void the_export_gives_each_tsm_code_with_its_numerator_and_denominator_as_csv_and_xlsx() throws Exception {
        ensureFixtures();
        api.as(MANAGER).post("/api/v1/reports/tsm/2021/tp09", Map.of("respondents", 240, "satisfied", 97));

        String csv = download("/reports/tsm.csv?year=2021", "text/csv").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly(
                "Code,Part,Measure,Numerator,Numerator is,Denominator,Denominator is,Result,Unit",
                "CH01,Stage 1,\"Number of stage one complaints received per 1,000 homes\",6,\"Stage one complaints received\",1750,\"Homes owned\",3.4,\"per 1,000 homes\"",
                "CH01,Stage 2,\"Number of stage two complaints received per 1,000 homes\",3,\"Stage two complaints received\",1750,\"Homes owned\",1.7,\"per 1,000 homes\"",
                "CH02,Stage 1,\"Proportion of stage one complaints responded to within the Complaint Handling Code timescales\",3,\"Stage one responses within timescale\",5,\"Stage one responses issued\",60.0,\"%\"",
                "CH02,Stage 2,\"Proportion of stage two complaints responded to within the Complaint Handling Code timescales\",1,\"Stage two responses within timescale\",2,\"Stage two responses issued\",50.0,\"%\"",
                "TP09,,\"Satisfaction with the landlord's approach to handling complaints\",97,\"Very or fairly satisfied\",240,\"Respondents\",40.4,\"%\"");

        MvcResult xlsx = download("/reports/tsm.xlsx?year=2021", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("tsm-complaints-2021-22.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Reporting year: 2021/22 (2021-04-01 to 2022-03-31)");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Numerator");
            String[][] expected = { { "CH01", "Stage 1", "6", "1750", "3.4" }, { "CH01", "Stage 2", "3", "1750", "1.7" },
                    { "CH02", "Stage 1", "3", "5", "60.0" }, { "CH02", "Stage 2", "1", "2", "50.0" }, { "TP09", "", "97", "240", "40.4" } };
            for (int i = 0; i < expected.length; i++) {
                Row row = sheet.getRow(5 + i);
                assertThat(new String[] { row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                        String.valueOf((int) row.getCell(3).getNumericCellValue()), String.valueOf((int) row.getCell(5).getNumericCellValue()),
                        String.format("%.1f", row.getCell(7).getNumericCellValue()) }).as("row " + i).containsExactly(expected[i]);
            }
        }
    }

    private MvcResult download(String path, String type) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get(path).with(SecurityMockMvcRequestPostProcessors.user(VIEWER)
                .roles("GOVERNANCE_VIEWER"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith(type);
        return result;
    }

    /** Builds the fixtures once per database (both tests need them; the order tests run in is not fixed). */
    private void ensureFixtures() {
        if (jdbc.sql("select count(*) from tsm_homes where reporting_year = 2021").query(Long.class).single() > 0) {
            return;
        }
        clock.set(Instant.parse("2022-06-30T12:00:00Z"));
        TsmCases cases = new TsmCases(api);
        String a = cases.receive("Tsm A", "2021-05-04");
        cases.acknowledge(a, "2021-05-05", 1).respond(a, "2021-05-12").escalate(a, "2021-05-20").acknowledge(a, "2021-05-24", 2)
                .respond(a, "2021-06-10");
        String b = cases.receive("Tsm B", "2021-06-01");
        cases.acknowledge(b, "2021-06-02", 1).respond(b, "2021-06-25").escalate(b, "2021-06-29").acknowledge(b, "2021-07-01", 2)
                .respond(b, "2021-08-10");
        String c = cases.receive("Tsm C", "2021-07-06");
        cases.acknowledge(c, "2021-07-07", 1).extend(c, 10, "2021-07-19").respond(c, "2021-07-30").escalate(c, "2022-03-01");
        String d = cases.receive("Tsm D", "2021-09-07");
        cases.acknowledge(d, "2021-09-08", 1).extend(d, 5, "2021-09-20").respond(d, "2021-10-06");
        String e = cases.receive("Tsm E", "2022-03-22");
        cases.acknowledge(e, "2022-03-23", 1).respond(e, "2022-04-05");
        String f = cases.receive("Tsm F", "2021-03-16");
        cases.acknowledge(f, "2021-03-24", 1).respond(f, "2021-04-06");
        cases.refuse(cases.receive("Tsm G", "2021-08-03"), "2021-08-05");
        cases.serviceRequest(cases.receive("Tsm H", "2021-08-10"));
        cases.acknowledge(cases.receive("Tsm I", "2022-02-01"), "2022-02-02", 1);

        assertThat(api.as(MANAGER).put("/api/v1/reports/tsm/2021/homes", Map.of("homes", 1700)).status()).isEqualTo(200);
        assertThat(api.as(MANAGER).put("/api/v1/reports/tsm/2021/homes", Map.of("homes", 1750)).status()).isEqualTo(200);
        clock.reset();
    }
}
