package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.putright.shared.InvalidRequestException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Importing the five seed forms (real landlords' published self-assessments, as text extracted from Word and PDF),
 * and the same forms rebuilt as a DOCX table and as a CSV.
 */
class SelfAssessmentImportTest {

    static final CodeVersions CODES = new CodeVersions(JsonMapper.builder().build());
    static final SelfAssessmentImport IMPORT = new SelfAssessmentImport(CODES);

    static final String SEED_000 = "000_d9e216948779f405.txt";
    static final String SEED_001 = "001_e57ca566e2956ed3.txt";
    static final String SEED_002 = "002_76db0eb272d0a5af.txt";
    static final String SEED_003 = "003_02669e009091f1ed.txt";
    static final String SEED_004 = "004_c61447a8977bbb0e.txt";

    static byte[] seed(String name) {
        try (InputStream in = SelfAssessmentImportTest.class.getResourceAsStream("/selfassessment/seeds/" + name)) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportedAssessment importSeed(String name) {
        return IMPORT.read(name, seed(name), null);
    }

    static ImportedAssessment.Answer answer(ImportedAssessment imported, String number) {
        return imported.answers().stream().filter(a -> a.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " was not imported"));
    }

    static List<String> numbers(ImportedAssessment imported) {
        return imported.answers().stream().map(ImportedAssessment.Answer::number).toList();
    }

    // ---- seed 000: St Leger Homes, 2022 Code, no provision numbers at all ----

    @Test
    void seed_000_without_provision_numbers_is_matched_row_by_row_to_the_2022_code_by_requirement_text() {
        ImportedAssessment imported = importSeed(SEED_000);
        assertThat(imported.codeVersion()).isEqualTo("2022");
        // 72 rows: the lines whose "Comply: Yes/No" cell says Yes (awk -F'\t' '$2 ~ /^Yes/'), one per provision of
        // the 2022 form, every one of which it answers
        assertThat(imported.answers()).hasSize(72);
        assertThat(numbers(imported)).containsExactlyElementsOf(CODES.find("2022").orElseThrow().provisions().stream()
                .map(Provision::number).toList());
        assertThat(imported.answers()).allMatch(a -> "YES".equals(a.comply()));
        assertThat(answer(imported, "1.2").evidence()).contains("by St Leger Homes, its own staff");
        // 5.3, 5.15 and 5.19 have word-for-word the same requirement; the form's order decides
        assertThat(answer(imported, "5.3").evidence()).isEqualTo("This is in our complaints policy");
        assertThat(answer(imported, "5.19").evidence()).contains("We do not have a stage 3 complaints process");
        // "No Action Required" is no action
        assertThat(imported.answers()).allMatch(a -> a.actions().isEmpty());
        assertThat(imported.problems()).isEmpty();
    }

    // ---- seed 001: 2022 Code (June 2022), PDF text with "Comply – Yes (with evidence)", "Comply – No" and "Action" ----

    @Test
    void seed_001_reads_yes_with_its_evidence_no_with_its_commentary_and_actions_with_owner_and_target_date() {
        ImportedAssessment imported = importSeed(SEED_001);
        assertThat(imported.codeVersion()).isEqualTo("2022");
        // 71: 70 lines starting "N.N<tab>" (grep -cP '^\d+\.\d+\t'), 7.4 twice (its row broken over a page) so 69,
        // plus 6.6 whose cells the PDF put on lines of their own, plus 5.1 whose number the PDF lost (matched by text);
        // 2.8 has no row of its own (the form's 2.7 row holds both)
        assertThat(imported.answers()).hasSize(71);
        assertThat(numbers(imported)).contains("5.1", "6.6").doesNotContain("2.8");

        ImportedAssessment.Answer p17 = answer(imported, "1.7");
        assertThat(p17.comply()).isEqualTo("YES");
        assertThat(p17.evidence()).contains("No complaints refused to date").doesNotStartWith("Yes");

        ImportedAssessment.Answer p15 = answer(imported, "1.5");
        assertThat(p15.comply()).isEqualTo("NO");
        assertThat(p15.actions()).containsExactly(new ImportedAssessment.Action(
                "Surveying guidelines to be drafted to confirm the process for managing dissatisfaction.", "Customer Voice Lead",
                LocalDate.of(2022, 7, 31)));

        ImportedAssessment.Answer p26 = answer(imported, "2.6");
        assertThat(p26.comply()).isEqualTo("PARTLY"); // "Yes – in part"
        assertThat(p26.actions()).hasSize(2).allMatch(a -> a.owner().equals("Communications Business Partner")
                && a.targetDate().equals(LocalDate.of(2022, 8, 1)));

        assertThat(answer(imported, "2.7").actions()).extracting(ImportedAssessment.Action::targetDate)
                .containsExactly(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 1), LocalDate.of(2023, 4, 1));
        assertThat(answer(imported, "4.16").comply()).isEqualTo("NO");
        assertThat(answer(imported, "4.16").commentary()).isEqualTo("Not currently – new process to be established.");
        assertThat(answer(imported, "7.4").comply()).isEqualTo("PARTLY"); // "In part currently" in the No column
        // the target split over a page break ("[Target 31/08/2022 – Customer Complaints" / "Manager]") is rejoined
        assertThat(answer(imported, "5.10").actions()).containsExactly(new ImportedAssessment.Action(
                "Template letter to guide content to be finalised.", "Customer Complaints Manager", LocalDate.of(2022, 8, 31)));
        assertThat(answer(imported, "2.1").comply()).isNull(); // the form leaves 2.1 unanswered
        assertThat(imported.problems()).anyMatch(p -> p.contains("continuation of 2.2"));
    }

    // ---- seed 002: Stoke-on-Trent, 2024 Code (March 2024) ----

    @Test
    void seed_002_is_read_as_the_2024_code_with_evidence_and_commentary_columns() {
        ImportedAssessment imported = importSeed(SEED_002);
        assertThat(imported.codeVersion()).isEqualTo("2024");
        // 71 lines starting "N.N<tab>" (grep -cP '^\d+\.\d+\t'), one per provision of the 2024 data
        assertThat(imported.answers()).hasSize(71);
        assertThat(imported.answers()).allMatch(a -> "YES".equals(a.comply()));
        ImportedAssessment.Answer p613 = answer(imported, "6.13");
        assertThat(p613.evidence()).isEqualTo("Corporate Complaints Policy: Section 6 (Stages of Complaints)");
        assertThat(p613.commentary()).contains("reviewed by a different person at Stage 2");
        assertThat(answer(imported, "9.3").commentary()).contains("Report approved by the Housing Service Improvement");
        // the damaged 5.15 row (no number, words lost) is named, not silently taken as an answer
        assertThat(imported.problems()).anyMatch(p -> p.contains("Any restrictions placed on co") && p.contains("5.14"));
    }

    // ---- seed 003: Newark and Sherwood, 2022 Code, Word text with a cell per line ----

    @Test
    void seed_003_reads_cells_on_lines_of_their_own_and_actions_written_after_action() {
        ImportedAssessment imported = importSeed(SEED_003);
        assertThat(imported.codeVersion()).isEqualTo("2022");
        // 72: 72 lines holding only a provision number (grep -cP '^\s*\t?\s*\d+\.\d+\.?\s*$'), 5.6 twice so 71,
        // plus the 3.2 row which has no number (matched by text)
        assertThat(imported.answers()).hasSize(72);
        assertThat(answer(imported, "3.2").comply()).isEqualTo("YES");
        assertThat(answer(imported, "3.2").evidence()).startsWith("Training provided on how to deal with complaints.");

        ImportedAssessment.Answer p13 = answer(imported, "1.3");
        assertThat(p13.comply()).isEqualTo("PARTLY");
        assertThat(p13.actions()).extracting(ImportedAssessment.Action::description)
                .containsExactly("The policy will be amended to state this");
        assertThat(p13.evidence()).isEqualTo("Section 3.3 of the Customer Feedback Policy");
        assertThat(imported.problems()).contains("1.3: the form answers both NO and YES; taken as PARTLY");

        ImportedAssessment.Answer p25 = answer(imported, "2.5");
        assertThat(p25.comply()).isEqualTo("NO");
        assertThat(p25.actions()).singleElement().satisfies(a -> {
            assertThat(a.description()).startsWith("Further work is required to comply with this.");
            assertThat(a.owner()).isNull();
            assertThat(a.targetDate()).isNull();
        });
        assertThat(answer(imported, "5.2").actions()).extracting(ImportedAssessment.Action::description)
                .containsExactly("Policy to be amended to reflect this", "To be included in staff guidance");
        assertThat(answer(imported, "2.6").comply()).isEqualTo("PARTLY");
        assertThat(answer(imported, "5.18").comply()).isEqualTo("NOT_APPLICABLE");
        assertThat(answer(imported, "1.8").comply()).isNull(); // left blank in the form
        assertThat(answer(imported, "5.6").comply()).isEqualTo("PARTLY");
        assertThat(imported.problems()).contains("5.6 is answered twice in the form; both answers were kept together");
    }

    // ---- seed 004: Leeds, 2022 Code, Word text with HTML in cells ----

    @Test
    void seed_004_reads_html_cells_and_not_applicable_answers() {
        ImportedAssessment imported = importSeed(SEED_004);
        assertThat(imported.codeVersion()).isEqualTo("2022");
        // 72 lines starting with a provision number, some in <b> (grep -cP '^(<b>)?\d+\.\d+(</b>)?\t')
        assertThat(imported.answers()).hasSize(72);
        assertThat(answer(imported, "5.17").comply()).isEqualTo("NOT_APPLICABLE");
        assertThat(answer(imported, "5.17").evidence()).isEqualTo("N/A – LCC operate a two-stage complaint process");
        assertThat(answer(imported, "8.2").comply()).isEqualTo("NOT_APPLICABLE");
        assertThat(answer(imported, "1.8").evidence()).contains("The following are examples of where an appeals process is in place")
                .doesNotContain("<p>");
        // a cell continued on the next line is joined to its row
        assertThat(answer(imported, "1.7").evidence()).endsWith("please see Appendix 2 for guidance on what we cannot deal with”");
        assertThat(imported.problems()).isEmpty();
    }

    // ---- the same forms as DOCX and CSV ----

    @ParameterizedTest
    @ValueSource(strings = { SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 })
    void a_seed_rebuilt_as_a_docx_table_imports_the_same_answers(String name) throws IOException {
        ImportedAssessment fromText = importSeed(name);
        List<List<String>> rows = FormTables.fromText(new String(seed(name), StandardCharsets.UTF_8));
        ImportedAssessment fromDocx = IMPORT.read(name.replace(".txt", ".docx"), docx(rows), null);
        assertThat(fromDocx.codeVersion()).isEqualTo(fromText.codeVersion());
        assertThat(fromDocx.answers()).isEqualTo(fromText.answers());
    }

    @ParameterizedTest
    @ValueSource(strings = { SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 })
    void a_seed_rebuilt_as_a_csv_imports_the_same_answers(String name) {
        ImportedAssessment fromText = importSeed(name);
        List<List<String>> rows = FormTables.fromText(new String(seed(name), StandardCharsets.UTF_8));
        ImportedAssessment fromCsv = IMPORT.read(name.replace(".txt", ".csv"), csv(rows).getBytes(StandardCharsets.UTF_8), null);
        assertThat(fromCsv.codeVersion()).isEqualTo(fromText.codeVersion());
        assertThat(fromCsv.answers()).isEqualTo(fromText.answers());
        assertThat(fromCsv.problems()).isEqualTo(fromText.problems());
    }

    @Test
    void a_csv_with_quoted_commas_quotes_and_line_breaks_is_read_as_rfc_4180() {
        String csv = "Code provision,Code requirement,Comply,Evidence,Commentary,Actions\r\n"
                + "6.13,\"The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.\","
                + "\"Yes. Policy section 6, \"\"Stages\"\"\",,\"Checked\nby audit\",\"Audit stage 2 files [Target 31/03/2025 – Head of Housing]\"\r\n"
                + "6.14,Landlords must issue a final response to the stage 2 within 20 working days of the complaint being acknowledged.,Partly,,,\r\n";
        ImportedAssessment imported = IMPORT.read("last-year.csv", csv.getBytes(StandardCharsets.UTF_8), "2024");
        assertThat(imported.answers()).containsExactly(
                new ImportedAssessment.Answer("6.13", "YES", "Policy section 6, \"Stages\"", "Checked by audit",
                        List.of(new ImportedAssessment.Action("Audit stage 2 files", "Head of Housing", LocalDate.of(2025, 3, 31)))),
                new ImportedAssessment.Answer("6.14", "PARTLY", null, null, List.of()));
        assertThat(imported.problems()).isEmpty();
    }

    @Test
    void a_version_given_by_the_caller_is_used_and_rows_that_do_not_fit_it_are_listed_as_problems() {
        ImportedAssessment imported = IMPORT.read(SEED_004, seed(SEED_004), "2024");
        assertThat(imported.codeVersion()).isEqualTo("2024");
        assertThat(imported.problems()).isNotEmpty();
        assertThat(imported.answers().size()).isLessThan(72);
    }

    @Test
    void an_unknown_version_or_format_is_refused() {
        assertThatThrownBy(() -> IMPORT.read(SEED_004, seed(SEED_004), "2019")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> IMPORT.read("form.pdf", seed(SEED_004), null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> IMPORT.read("form.docx", "not a zip".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(InvalidRequestException.class);
    }

    static byte[] docx(List<List<String>> rows) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable();
            for (int i = 0; i < rows.size(); i++) {
                XWPFTableRow row = i == 0 ? table.getRow(0) : table.createRow();
                List<String> cells = rows.get(i);
                while (row.getTableCells().size() < cells.size()) {
                    row.addNewTableCell();
                }
                for (int j = 0; j < row.getTableCells().size(); j++) {
                    XWPFTableCell cell = row.getCell(j);
                    String[] lines = (j < cells.size() ? cells.get(j) : "").split("\n", -1);
                    cell.getParagraphs().getFirst().createRun().setText(lines[0]);
                    for (int k = 1; k < lines.length; k++) {
                        cell.addParagraph().createRun().setText(lines[k]);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static String csv(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n")) + "\r\n";
    }
}
