package org.putright.correspondence;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter's content before it is rendered: the landlord's editable wording around fixed sections PutRight writes
 * from the complaint's record. HTML and plain text are both rendered from this, so they say the same thing.
 */
record LetterDocument(LetterType type, String subject, String reference, LocalDate date, Recipient recipient, String opening,
        List<Section> sections, String closing, String signOff, int templateVersion) {

    /** A required part of the letter under its own heading (6.9 / 6.19 a–g for responses). */
    record Section(String id, String heading, List<Block> blocks) {

        Section(String id, String heading, Block... blocks) {
            this(id, heading, List.of(blocks));
        }
    }

    sealed interface Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }

    /** Label and value pairs, such as a financial remedy's breakdown. */
    record Rows(String caption, List<Row> rows) implements Block {
    }

    record Row(String label, String value) {
    }
}
