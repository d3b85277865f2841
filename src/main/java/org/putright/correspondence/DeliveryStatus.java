package org.putright.correspondence;

/** Where a letter is on its way to the resident; each change is appended to the letter's delivery record. */
public enum DeliveryStatus {
    /** produced, not yet handed to a channel */
    PENDING,
    /** accepted by the mail server or GOV.UK Notify */
    SENT,
    /** the channel confirmed delivery */
    DELIVERED,
    /** the channel refused it or it bounced; the detail says why */
    FAILED,
    /** for post: the PDF is ready to print and send */
    READY_TO_PRINT
}
