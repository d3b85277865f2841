package org.putright.correspondence;

/** The letters PutRight writes, each produced by a step of the complaint's lifecycle or of the resident's record. */
public enum LetterType {
    ACKNOWLEDGEMENT, EXTENSION, REFUSAL, ESCALATION_REFUSAL, STAGE_1_RESPONSE, STAGE_2_RESPONSE, ACTION_UPDATE,
    /** To the resident when someone contacted us for them without their consent (1.3). */
    CONSENT_REQUEST,
    /** To the resident when a contact restriction is put in place (5.14). */
    RESTRICTION_NOTICE
}
