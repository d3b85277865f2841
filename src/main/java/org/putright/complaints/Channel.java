package org.putright.complaints;

/** How the complaint reached the landlord. Every channel is equal (3.1, 3.2). */
public enum Channel {
    PHONE, EMAIL, LETTER, IN_PERSON, WEB_FORM, SOCIAL_MEDIA
}
