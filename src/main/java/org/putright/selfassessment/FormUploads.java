package org.putright.selfassessment;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.putright.shared.InvalidRequestException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Starts an assessment from a landlord's uploaded self-assessment form (8.1: last year's form becomes this year's
 * starting point): the form is read by {@link SelfAssessmentImport} and its answers and actions carried over into a new
 * assessment; the lines it could not read are returned for the person to check.
 */
@Component
class FormUploads {

    static final long MAX_BYTES = 10 * 1024 * 1024;

    private final SelfAssessments assessments;
    private final SelfAssessmentImport reader;

    FormUploads(SelfAssessments assessments, SelfAssessmentImport reader) {
        this.assessments = assessments;
        this.reader = reader;
    }

    SelfAssessmentApi.Imported importForm(MultipartFile file, SelfAssessments.NewAssessment request) {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("file", null, "Choose the self-assessment form to upload (DOCX, CSV or text)");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new InvalidRequestException("file", file.getSize(), "The form must be 10 MB or smaller");
        }
        CodeVersion code = assessments.version(request.codeVersion());
        byte[] bytes;
        try {
            bytes = file.getBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportedAssessment imported = reader.read(file.getOriginalFilename(), bytes, code.version());
        if (imported.answers().isEmpty()) {
            throw new InvalidRequestException("file", file.getOriginalFilename(), "No answers could be read from the form"
                    + (imported.problems().isEmpty() ? "" : ": " + String.join("; ", imported.problems().subList(0, Math.min(3, imported.problems().size())))));
        }
        return new SelfAssessmentApi.Imported(assessments.createFromImport(request, file.getOriginalFilename(), imported), imported.problems());
    }
}
