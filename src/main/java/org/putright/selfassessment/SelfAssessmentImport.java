package org.putright.selfassessment;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;

import org.putright.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Reads an existing self-assessment form, such as last year's, so it can become this year's starting point: a Word
 * document (.docx, its tables), a CSV in the same layout, or the text of a form (.txt, tab-separated as Word and PDF
 * extraction gives it). Columns are found from the header row's wording; the Code version is the caller's or, when not
 * given, the one whose provisions the form's rows fit best. Nothing is stored here: the caller decides what to keep.
 */
@Component
public class SelfAssessmentImport {

    private final CodeVersions codes;

    public SelfAssessmentImport(CodeVersions codes) {
        this.codes = codes;
    }

    /**
     * @param filename names the format by its extension: .docx, .csv, or .txt (or .tsv)
     * @param codeVersionOrNull "2024" or "2022"; null to detect it from the form
     */
    public ImportedAssessment read(String filename, byte[] content, String codeVersionOrNull) {
        if (codeVersionOrNull != null && codes.find(codeVersionOrNull).isEmpty()) {
            throw new InvalidRequestException("codeVersion", codeVersionOrNull, "There is no Code version " + codeVersionOrNull);
        }
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("file", filename, "The file is empty");
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        List<List<String>> rows;
        if (name.endsWith(".docx")) {
            rows = FormTables.fromDocx(content);
        }
        else if (name.endsWith(".csv")) {
            rows = FormTables.fromCsv(text(content));
        }
        else if (name.endsWith(".txt") || name.endsWith(".tsv")) {
            rows = FormTables.fromText(text(content));
        }
        else {
            throw new InvalidRequestException("file", filename, "A self-assessment form can be imported from .docx, .csv or .txt");
        }
        return new FormReader(codes).read(rows, codeVersionOrNull);
    }

    /** UTF-8 (with or without a byte-order mark), else Windows-1252 as spreadsheets save CSV on Windows. */
    static String text(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString().replace("\uFEFF", "");
        }
        catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }
}
