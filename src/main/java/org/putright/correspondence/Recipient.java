package org.putright.correspondence;

/** Who a letter goes to and how they asked to be contacted. */
public record Recipient(String name, String email, String phone, String postalAddress, PreferredChannel preferred) {

    public enum PreferredChannel {
        EMAIL, SMS, POST
    }
}
