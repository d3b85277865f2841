package org.putright.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.putright.complaints.ComplaintQueries;
import org.putright.testsupport.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's demo option loads a whole, believable system into an empty database: complaints in every state, residents
 * at risk first in the queue, adjustments with a review due, a representative with consent, a disclosure and a restriction.
 * Its own in-memory database, so the demo always finds it empty.
 */
@SpringBootTest(properties = { "putright.demo-data=true", "spring.datasource.url=jdbc:h2:mem:putright-demo;DB_CLOSE_DELAY=-1",
        "putright.scheduler.enabled=false" })
@Import(SettableClock.Configuration.class)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class DemoDataTest {

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ComplaintQueries queries;

    @Autowired
    org.putright.reporting.ReportFigures figures;

    @Autowired
    org.putright.reporting.TsmMeasures tsm;

    @Autowired
    org.putright.calendar.WorkingDays workingDays;

    @Autowired
    org.putright.ombudsman.OmbudsmanRegister ombudsman;

    /** The stories' residents and complaints, not the generated history's (tenancy references TD-...). */
    private static final String STORIES = "tenancy_reference not like 'TD-%'";

    @Test
    void the_demo_loads_complaints_and_residents_with_what_they_need_from_us() {
        assertThat(count("select count(*) from complaint where " + STORIES)).isEqualTo(36);
        assertThat(count("select count(*) from resident where merged_into is null and " + STORIES)).isEqualTo(6);
        assertThat(count("select count(*) from resident_complaint l join resident r on r.id = l.resident_id where r." + STORIES))
                .isEqualTo(36);
        assertThat(count("select count(*) from adjustment")).isEqualTo(3);
        assertThat(count("select count(*) from representative where consent_status = 'GIVEN'")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from disclosure")).isEqualTo(1);
        assertThat(count("select count(*) from contact_restriction")).isEqualTo(1);
        // the queue's first open case is one with a risk to the resident
        var first = queries.list(new ComplaintQueries.Filter(null, null, null, null, null, false, false, null, true, false), 0, 1);
        assertThat(first.items()).hasSize(1);
        assertThat(count("select count(*) from complaint where priority > 0 and next_deadline is not null")).isGreaterThan(0);
        assertThat(first.items().get(0).priority()).isGreaterThan(0);
    }

    @Test
    void the_demo_adds_a_generated_history_so_the_figures_have_something_to_show() {
        // 1,000 homes over two years: about 90 cases, played through the services (events, letters, residents, report rows)
        long history = count("select count(*) from complaint where tenancy_reference like 'TD-%'");
        assertThat(history).isBetween(60L, 130L);
        assertThat(count("select count(*) from complaint where tenancy_reference like 'TD-%' and status = 'CLOSED'")).isGreaterThan(history / 2);
        assertThat(count("select count(*) from complaint_event e join complaint c on c.id = e.complaint_id "
                + "where c.tenancy_reference like 'TD-%'")).isGreaterThan(history * 5);
        assertThat(count("select count(*) from report_stage where stage = 2")).isGreaterThan(3);
        assertThat(count("select count(*) from letter")).isGreaterThan(history);
        // last full reporting year: received, answered, categorised, on the dashboard and in the TSM (homes recorded)
        var year = org.putright.reporting.ReportingYear.containing(workingDays.today().minusYears(1));
        var figures = this.figures.forPeriod(year.from(), year.to());
        assertThat(figures.stages().get(0).received()).isGreaterThan(20);
        assertThat(figures.stages().get(0).responded()).isGreaterThan(15);
        assertThat(figures.categories().serviceAreas()).hasSizeGreaterThan(3);
        var measures = tsm.forYear(year);
        assertThat(measures.homes()).isEqualTo(1000);
        assertThat(measures.ch01().stage1PerThousand()).isBetween(java.math.BigDecimal.valueOf(20), java.math.BigDecimal.valueOf(60));
        // and the Ombudsman's cases about its stage 2 complaints: on the register, some determined with orders to comply with
        assertThat(count("select count(*) from ombudsman_case")).isGreaterThan(1);
        assertThat(count("select count(*) from ombudsman_determination")).isGreaterThan(0);
        assertThat(count("select count(*) from ombudsman_order where kind <> 'COMPLAINT_HANDLING_FAILURE_ORDER'")).isGreaterThan(0);
        var register = ombudsman.summaryFor(workingDays.today().minusYears(2), workingDays.today());
        assertThat(register.casesReferred()).isEqualTo(count("select count(*) from ombudsman_case"));
        assertThat(register.orders().made()).isGreaterThan(0);
    }

    @Test
    void the_demos_ombudsman_cases_are_on_the_register_page_and_the_dashboard() throws Exception {
        var manager = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("morgan.manager")
                .roles("MANAGER");
        String reference = jdbc.sql("select ombudsman_reference from ombudsman_case order by referred_on limit 1").query(String.class)
                .single();
        String register = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/ombudsman").with(manager))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(register).contains(reference);
        java.time.LocalDate to = workingDays.today();
        java.time.LocalDate from = to.minusYears(2);
        String dashboard = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports/dashboard")
                .param("from", from.toString()).param("to", to.toString()).with(manager))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        int referred = ombudsman.summaryFor(from, to).casesReferred();
        assertThat(referred).isGreaterThan(1);
        assertThat(dashboard.replaceAll("\\s+", " ")).containsPattern("Cases referred to the Ombudsman</dt> <dd[^>]*>" + referred + "</dd>");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
