package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Who sees the TSM page, who records on it, and how its forms refuse bad input. */
@WithDatabase
class TsmPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_governing_body_reads_the_page_without_forms_and_investigators_do_not_see_it() throws Exception {
        MvcResult board = mvc.perform(MockMvcRequestBuilders.get("/reports/tsm?year=2035").with(user("tsm.pages.board").roles("GOVERNANCE_VIEWER")))
                .andReturn();
        assertThat(board.getResponse().getStatus()).isEqualTo(200);
        String html = board.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Tenant Satisfaction Measures: complaints", "2035/36", "No homes owned are recorded for 2035/36",
                "/reports/tsm.csv?year=2035").doesNotContain("homes-form", "tp09-form");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/reports/tsm").with(user("tsm.pages.officer").roles("COMPLAINTS_OFFICER")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/reports/tsm").with(user("tsm.pages.io").roles("INVESTIGATING_OFFICER")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/reports/tsm/homes").param("year", "2035").param("homes", "10")
                .with(user("tsm.pages.board").roles("GOVERNANCE_VIEWER")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void a_manager_records_homes_and_tp09_on_the_page_and_mistakes_come_back_in_the_error_summary() throws Exception {
        MvcResult bad = mvc.perform(MockMvcRequestBuilders.post("/reports/tsm/homes").param("year", "2036").param("homes", "lots")
                .with(user("tsm.pages.manager").roles("MANAGER")).with(csrf())).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("govuk-error-summary", "href=\"#homes-owned\"",
                "Enter a whole number, like 2000", "value=\"lots\"");

        MvcResult good = mvc.perform(MockMvcRequestBuilders.post("/reports/tsm/homes").param("year", "2036").param("homes", "3,400")
                .with(user("tsm.pages.manager").roles("MANAGER")).with(csrf())).andReturn();
        assertThat(good.getResponse().getRedirectedUrl()).isEqualTo("/reports/tsm?year=2036#homes");

        MockMultipartFile file = new MockMultipartFile("file", "tp09.csv", "text/csv",
                "answer\nVery satisfied\nVery dissatisfied\nFairly satisfied\nFairly satisfied\n".getBytes(StandardCharsets.UTF_8));
        MvcResult uploaded = mvc.perform(MockMvcRequestBuilders.multipart("/reports/tsm/tp09").file(file).param("year", "2036")
                .with(user("tsm.pages.manager").roles("MANAGER")).with(csrf())).andReturn();
        assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo("/reports/tsm?year=2036#tp09");

        String html = mvc.perform(MockMvcRequestBuilders.get("/reports/tsm?year=2036").with(user("tsm.pages.manager").roles("MANAGER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("3,400", "tsm.pages.manager", "75.0%", "homes-form", "tp09-form");
    }
}
