package org.putright.selfassessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of the Code PutRight knows, loaded once from the classpath. Adding a version is adding a data file and
 * its name here; no code branches on the version.
 */
@Component
public class CodeVersions {

    static final List<String> KNOWN = List.of("2024", "2022");

    /** The file's shape: sections hold provisions without repeating the section on each. */
    record FileProvision(String number, String requirement, ProvisionKind kind) {
    }

    /**
     * omitted: numbers the Code uses in this section that the data leaves out, each with the reason (for example not in
     * the Code's self-assessment form), so the numbering test can tell a known gap from a missing provision.
     */
    record FileSection(int number, String title, List<FileProvision> provisions, List<Omitted> omitted) {
    }

    record Omitted(String number, String reason) {
    }

    record CodeFile(String version, String title, LocalDate effectiveFrom, String source, List<FileSection> sections) {
    }

    private final Map<String, CodeVersion> versions = new LinkedHashMap<>();

    CodeVersions(JsonMapper json) {
        for (String version : KNOWN) {
            versions.put(version, load(json, version));
        }
    }

    static CodeVersion load(JsonMapper json, String version) {
        String path = "/selfassessment/code-" + version + ".json";
        try (InputStream in = CodeVersions.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            CodeFile file = json.readValue(in, CodeFile.class);
            List<CodeVersion.Section> sections = new ArrayList<>();
            for (FileSection s : file.sections()) {
                sections.add(new CodeVersion.Section(s.number(), s.title(), s.provisions().stream()
                        .map(p -> new Provision(p.number(), s.number(), s.title(), p.requirement(), p.kind()))
                        .toList()));
            }
            return new CodeVersion(file.version(), file.title(), file.effectiveFrom(), file.source(), List.copyOf(sections));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<CodeVersion> all() {
        return List.copyOf(versions.values());
    }

    public Optional<CodeVersion> find(String version) {
        return Optional.ofNullable(versions.get(version));
    }
}
