package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

/** The Code versions as data: complete and uniquely numbered, with known texts as the seeds' forms give them. */
class CodeVersionsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final CodeVersions CODES = new CodeVersions(JSON);

    static CodeVersions.CodeFile file(String version) throws Exception {
        try (InputStream in = CodeVersionsTest.class.getResourceAsStream("/selfassessment/code-" + version + ".json")) {
            return JSON.readValue(in, CodeVersions.CodeFile.class);
        }
    }

    @Test
    void the_2024_code_has_sections_1_to_9_and_the_2022_code_sections_1_to_8() {
        assertThat(CODES.all()).extracting(CodeVersion::version).containsExactly("2024", "2022");
        assertThat(CODES.find("2024").orElseThrow().sections()).extracting(CodeVersion.Section::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(CODES.find("2022").orElseThrow().sections()).extracting(CodeVersion.Section::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(CODES.find("2024").orElseThrow().sections().get(5).title()).isEqualTo("Complaints stages");
        assertThat(CODES.find("2021")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024", "2022" })
    void numbering_is_unique_and_each_section_runs_from_1_without_gaps_except_the_numbers_the_data_says_it_leaves_out(String version)
            throws Exception {
        Set<String> seen = new HashSet<>();
        for (CodeVersions.FileSection section : file(version).sections()) {
            TreeSet<Integer> numbers = new TreeSet<>();
            for (CodeVersions.FileProvision p : section.provisions()) {
                assertThat(seen.add(p.number())).as("%s appears once", p.number()).isTrue();
                assertThat(p.number()).as("%s is in section %d", p.number(), section.number()).startsWith(section.number() + ".");
                numbers.add(Integer.parseInt(p.number().substring(p.number().indexOf('.') + 1)));
            }
            List<CodeVersions.Omitted> omitted = section.omitted() == null ? List.of() : section.omitted();
            for (CodeVersions.Omitted o : omitted) {
                assertThat(o.reason()).as("why %s is left out", o.number()).isNotBlank();
                assertThat(o.number()).startsWith(section.number() + ".");
                assertThat(numbers.add(Integer.parseInt(o.number().substring(o.number().indexOf('.') + 1))))
                        .as("%s is both given and left out", o.number()).isTrue();
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= numbers.last(); i++) {
                expected.add(i);
            }
            assertThat(numbers).as("section %d of %s", section.number(), version).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void each_version_holds_every_provision_of_its_self_assessment_form() {
        // 2024 form: 1.2-1.6, 2.1-2.5, 3.1-3.7, 4.1-4.3, 5.1-5.14, 6.1-6.20, 7.1-7.4, 8.1-8.5, 9.1-9.8 (5.15 left out, see data)
        assertThat(CODES.find("2024").orElseThrow().provisions()).hasSize(5 + 5 + 7 + 3 + 14 + 20 + 4 + 5 + 8);
        // 2022 form: 1.2-1.9, 2.1-2.8, 3.1-3.3, 4.1-4.19, 5.1-5.20, 6.1-6.3 and 6.5-6.7, 7.2-7.6, 8.1-8.3
        assertThat(CODES.find("2022").orElseThrow().provisions()).hasSize(8 + 8 + 3 + 19 + 20 + 6 + 5 + 3);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024", "2022" })
    void requirement_texts_are_plain_normalised_text(String version) {
        for (Provision p : CODES.find(version).orElseThrow().provisions()) {
            assertThat(p.requirement()).as(p.number()).isNotBlank().doesNotContain("<", ">", "\t", "\n", "  ").isEqualTo(p.requirement().strip());
        }
    }

    @Test
    void provision_6_13_of_2024_is_the_different_person_at_stage_2_and_a_must() {
        Provision p = CODES.find("2024").orElseThrow().provision("6.13").orElseThrow();
        assertThat(p.requirement())
                .isEqualTo("The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.");
        assertThat(p.kind()).isEqualTo(ProvisionKind.MUST);
        assertThat(p.section()).isEqualTo(6);
        assertThat(p.sectionTitle()).isEqualTo("Complaints stages");
    }

    @Test
    void a_2024_provision_is_a_must_only_when_its_text_says_must() {
        CodeVersion code = CODES.find("2024").orElseThrow();
        assertThat(code.provision("6.2").orElseThrow().requirement()).contains("within five working days of the complaint being received");
        assertThat(code.provision("5.3").orElseThrow().kind()).isEqualTo(ProvisionKind.SHOULD);
        assertThat(code.provision("8.4").orElseThrow().kind()).isEqualTo(ProvisionKind.SHOULD);
        assertThat(code.provision("2.2").orElseThrow().requirement()).contains("Acceptable exclusions include:")
                .endsWith("Matters that have previously been considered under the complaints policy.");
        assertThat(code.provision("6.19").orElseThrow().requirement())
                .endsWith("g. details of how to escalate the matter to the Ombudsman Service if the individual remains dissatisfied.");
    }

    @Test
    void a_2022_provision_is_of_the_kind_its_form_groups_it_under() {
        CodeVersion code = CODES.find("2022").orElseThrow();
        assertThat(code.provision("1.4").orElseThrow().kind()).isEqualTo(ProvisionKind.SHOULD);
        assertThat(code.provision("5.12").orElseThrow().requirement())
                .isEqualTo("The person considering the complaint at stage two, must not be the same person that considered the complaint at stage one.");
        assertThat(code.provision("5.12").orElseThrow().kind()).isEqualTo(ProvisionKind.MUST);
        // best practice in the form although its text also says "must"
        assertThat(code.provision("5.18").orElseThrow().kind()).isEqualTo(ProvisionKind.SHOULD);
        assertThat(code.provision("6.6").orElseThrow().kind()).isEqualTo(ProvisionKind.MUST);
        assertThat(code.provision("6.4")).isEmpty();
    }
}
