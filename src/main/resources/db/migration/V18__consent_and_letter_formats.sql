-- Letters in the format agreed with the resident (reasonable adjustments, 5.10): large print is rendered as such; the
-- other formats (coloured paper, easy read, audio, Braille, BSL, translation) are what staff must do before it goes.
-- recipient_role says whether the letter went to the resident or to their representative (3.6).
ALTER TABLE letter ADD COLUMN large_print BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE letter ADD COLUMN formats VARCHAR(2000);
ALTER TABLE letter ADD COLUMN recipient_role VARCHAR(20);
ALTER TABLE letter ADD COLUMN contact_notes VARCHAR(2000);

-- What the representative's consent was given in (a note: "signed form received", "stated on the phone at intake").
ALTER TABLE representative ADD COLUMN consent_note VARCHAR(2000);
