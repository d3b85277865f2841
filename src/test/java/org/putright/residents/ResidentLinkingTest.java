package org.putright.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Every complaint is linked to a resident record at intake: by tenancy reference, else a unique email, else a new record. */
@WithDatabase
class ResidentLinkingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ResidentRecords residents;

    Api.Session officer;

    @BeforeEach
    void setUp() {
        officer = new Api(mvc, json).staff("linking.officer", "COMPLAINTS_OFFICER").as("linking.officer");
    }

    @Test
    void complaints_with_the_same_tenancy_reference_belong_to_one_resident() {
        String tenancy = "T-LINK-" + UUID.randomUUID().toString().substring(0, 8);
        UUID first = Intake.complaintFrom("Grace Hopper").tenancy(tenancy).email("grace@example.org").postcode("SW1A 1AA").loggedBy(officer);
        UUID second = Intake.complaintFrom("Grace M. Hopper").tenancy(tenancy).loggedBy(officer);

        ResidentRecord resident = residents.forComplaint(first).orElseThrow();
        assertThat(residents.forComplaint(second).orElseThrow().id()).isEqualTo(resident.id());
        assertThat(resident.name()).isEqualTo("Grace Hopper");
        assertThat(resident.tenancyReference()).isEqualTo(tenancy);
        assertThat(resident.address().postcode()).isEqualTo("SW1A 1AA");
        assertThat(resident.source()).isEqualTo("INTAKE");
    }

    @Test
    void without_a_tenancy_reference_a_unique_email_finds_the_resident() {
        String email = "linking-" + UUID.randomUUID() + "@example.org";
        UUID first = Intake.complaintFrom("Katherine Johnson").email(email).loggedBy(officer);
        UUID second = Intake.complaintFrom("Katherine Johnson").email(email.toUpperCase()).loggedBy(officer);

        assertThat(residents.forComplaint(second).orElseThrow().id()).isEqualTo(residents.forComplaint(first).orElseThrow().id());
    }

    @Test
    void someone_new_gets_a_new_resident_record() {
        UUID one = Intake.complaintFrom("Mary Jackson").email("mary-" + UUID.randomUUID() + "@example.org").loggedBy(officer);
        UUID other = Intake.complaintFrom("Dorothy Vaughan").email("dorothy-" + UUID.randomUUID() + "@example.org").loggedBy(officer);

        assertThat(residents.forComplaint(one).orElseThrow().id()).isNotEqualTo(residents.forComplaint(other).orElseThrow().id());
    }
}
