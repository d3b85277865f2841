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

    /**
     * Each seed's rows against our data: every provision number a seed gives exists in its version, and the seed's
     * requirement text is our text (word overlap, Dice, at least 0.8, allowing "St Leger Homes" for "the organisation"
     * and the like). Rows a seed's PDF extraction broke are named below with what is wrong with them.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({ "000_d9e216948779f405.txt,2022", "001_e57ca566e2956ed3.txt,2022",
            "002_76db0eb272d0a5af.txt,2024", "003_02669e009091f1ed.txt,2022", "004_c61447a8977bbb0e.txt,2022" })
    void every_seeds_provision_numbers_exist_in_its_version_and_its_requirement_texts_match_ours(String seed, String version)
            throws Exception {
        java.util.Map<String, String> damaged = java.util.Map.ofEntries(
                java.util.Map.entry("000:4.12", "the form's row gives only the opening words, not the two bullets"),
                java.util.Map.entry("001:2.2", "the PDF interleaved the columns (\"P cies\", \"ll be\")"),
                java.util.Map.entry("001:2.7", "the form's 2.7 row holds 2.7 and 2.8 together"),
                java.util.Map.entry("001:5.1", "the PDF lost the row's number and the middle of its text"),
                java.util.Map.entry("001:5.8", "the form's row gives only the opening words, not the bullets"),
                java.util.Map.entry("001:5.9", "its text runs on into the 5.10 row"),
                java.util.Map.entry("001:5.10", "holds the end of 5.9's text too"),
                java.util.Map.entry("001:5.16", "the bullets after the page break went to other columns"),
                java.util.Map.entry("001:7.3", "the rest of 7.3 went into the next row"),
                java.util.Map.entry("001:7.6", "the PDF repeated the bullets out of order and into other columns"),
                java.util.Map.entry("002:2.1", "the form puts 2.2's opening sentence in the row under 2.1"),
                java.util.Map.entry("002:2.2", "its opening sentence is in the row above"));
        CodeVersion code = CODES.find(version).orElseThrow();
        byte[] bytes;
        try (InputStream in = CodeVersionsTest.class.getResourceAsStream("/selfassessment/seeds/" + seed)) {
            bytes = in.readAllBytes();
        }
        List<String> problems = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        int numbered = 0;
        Set<String> excused = new HashSet<>();
        for (FormReader.Entry e : FormReader.entries(FormTables.fromText(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)),
                problems)) {
            String number = e.number;
            if (number == null) {
                number = FormReader.bestMatch(code, e.requirement, Set.of());
                assertThat(number).as("the unnumbered row \"%s\" matches a provision", e.requirement).isNotNull();
            }
            else {
                numbered++;
                assertThat(code.provision(number)).as("%s of %s exists in the %s Code", number, seed, version).isPresent();
            }
            double similarity = FormReader.similarity(e.requirement, code.provision(number).orElseThrow().requirement());
            if (similarity < 0.8 && damaged.containsKey(seed.substring(0, 3) + ":" + number)) {
                excused.add(seed.substring(0, 3) + ":" + number);
            }
            else if (similarity < 0.8) {
                mismatches.add(number + " " + String.format("%.2f", similarity) + ": " + FormReader.clean(e.requirement));
            }
        }
        assertThat(mismatches).as("rows of %s whose requirement differs from ours", seed).isEmpty();
        assertThat(numbered > 0).isEqualTo(!seed.startsWith("000"));
        // an excuse that no longer applies is removed, so the list stays true
        assertThat(excused).containsExactlyInAnyOrderElementsOf(
                damaged.keySet().stream().filter(k -> k.startsWith(seed.substring(0, 3))).toList());
    }
}
