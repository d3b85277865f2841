package org.putright.correspondence.mail;

import org.putright.correspondence.LetterIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends each letter once it is stored. Runs after the letter's transaction commits; a channel failure is recorded on
 * the letter (not thrown), while a failure to read or record the letter is thrown so the event publication stays
 * incomplete and is retried.
 */
@Component
class LetterChannels {

    private final LetterDispatch dispatch;

    LetterChannels(LetterDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @ApplicationModuleListener
    void on(LetterIssued issued) {
        dispatch.send(issued.letterId());
    }
}
