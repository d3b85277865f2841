package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

@WithDatabase
class ComplaintsApiSmokeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void a_complaint_is_received_with_a_reference_and_its_first_deadline() {
        Api api = new Api(mvc, json).staff("smoke.officer", "COMPLAINTS_OFFICER");
        var created = api.as("smoke.officer").post("/api/v1/complaints", ComplaintRequests.newComplaint().build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("/reference")).matches("CMP-2026-\\d{6}");
        assertThat(created.text("/status")).isEqualTo("AWAITING_ACKNOWLEDGEMENT");
        assertThat(created.text("/deadlines/acknowledgeBy")).isEqualTo("2026-03-09");
        assertThat(created.text("/history/0/type")).isEqualTo("ComplaintReceived");
        assertThat(created.text("/history/0/actor")).isEqualTo("smoke.officer");
    }
}
