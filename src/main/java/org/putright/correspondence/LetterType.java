package org.putright.correspondence;

/** The letters PutRight writes, each produced by a step of the complaint's lifecycle. */
public enum LetterType {
    ACKNOWLEDGEMENT, EXTENSION, REFUSAL, ESCALATION_REFUSAL, STAGE_1_RESPONSE, STAGE_2_RESPONSE, ACTION_UPDATE
}
