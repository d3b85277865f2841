package org.putright.correspondence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.putright.identity.StaffDirectory;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The landlord's editable wording per letter type, kept as versions (append-only; the latest is current), over the
 * defaults in {@code letters/wording.properties}. Only wording around the required sections is editable, so an edit
 * can never remove what the Code requires a letter to say.
 */
@Component
class LetterTemplates {

    static final int MAX_PARAGRAPH = 5_000;
    static final int MAX_SIGN_OFF = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StaffDirectory staff;
    private final Map<LetterType, LetterWording> defaults = new EnumMap<>(LetterType.class);

    LetterTemplates(JdbcClient jdbc, Clock clock, StaffDirectory staff) throws IOException {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staff = staff;
        Properties wording = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("letters/wording.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            wording.load(reader);
        }
        for (LetterType type : LetterType.values()) {
            defaults.put(type, new LetterWording(type, 0, required(wording, type + ".opening"), required(wording, type + ".closing"),
                    required(wording, type + ".signOff"), null, null));
        }
    }

    private static String required(Properties wording, String key) {
        String value = wording.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("letters/wording.properties has no " + key);
        }
        return value.trim();
    }

    @Transactional(readOnly = true)
    LetterWording current(LetterType type) {
        return jdbc.sql("""
                select version, opening, closing, sign_off, created_at, created_by from letter_template
                where letter_type = ? order by version desc fetch first 1 rows only""")
                .param(type.name())
                .query((rs, n) -> new LetterWording(type, rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)))
                .optional()
                .orElse(defaults.get(type));
    }

    @Transactional(readOnly = true)
    List<LetterWording> all() {
        return Arrays.stream(LetterType.values()).map(this::current).toList();
    }

    LetterWording defaults(LetterType type) {
        return defaults.get(type);
    }

    /** Stores the edited wording as the next version; the letters already issued keep the wording they were sent with. */
    @Transactional
    LetterWording save(LetterType type, String opening, String closing, String signOff, String actor) {
        opening = check("opening", opening, MAX_PARAGRAPH);
        closing = check("closing", closing, MAX_PARAGRAPH);
        signOff = check("signOff", signOff, MAX_SIGN_OFF);
        String title = signOff;
        // 2022 Code 4.9: letters are signed by job title, so a member of staff's name is not accepted
        boolean isStaffName = staff.handlers().stream()
                .anyMatch(m -> m.displayName().equalsIgnoreCase(title) || m.username().equalsIgnoreCase(title));
        if (isStaffName) {
            throw new InvalidRequestException("signOff", signOff,
                    "Sign letters with a job title, such as Complaints Manager, not a member of staff's name");
        }
        int next = current(type).version() + 1;
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        try {
            jdbc.sql("""
                    insert into letter_template (letter_type, version, opening, closing, sign_off, created_at, created_by)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(type.name(), next, opening, closing, signOff, now, actor)
                    .update();
        }
        catch (DuplicateKeyException e) {
            throw new ConflictException("Someone else changed this letter's wording at the same time. Reload it and try again.");
        }
        return new LetterWording(type, next, opening, closing, signOff, now.toInstant(), actor);
    }

    private static String check(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, value, switch (field) {
                case "opening" -> "Enter the opening paragraph";
                case "closing" -> "Enter the closing paragraph";
                default -> "Enter the job title that signs the letter";
            });
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidRequestException(field, value, "Must be " + max + " characters or fewer");
        }
        return trimmed;
    }
}
