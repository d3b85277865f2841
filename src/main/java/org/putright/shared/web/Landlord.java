package org.putright.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The landlord running this PutRight: its name, logo, colour and contact details, shown on every page and letter.
 * Set with PUTRIGHT_LANDLORD_NAME, PUTRIGHT_LANDLORD_LOGO_URL, PUTRIGHT_LANDLORD_COLOUR and so on.
 */
@ConfigurationProperties("putright.landlord")
public record Landlord(String name, String logoUrl, String colour, String phone, String email, String address, String website,
        String complaintsPolicyUrl, String publicUrl) {

    public Landlord {
        name = blank(name) ? "Your Housing Association" : name;
        colour = blank(colour) || !colour.matches("#[0-9a-fA-F]{6}") ? "#1d70b8" : colour;
        phone = blank(phone) ? "0300 000 0000" : phone;
        email = blank(email) ? "complaints@example.org" : email;
        address = blank(address) ? "" : address;
        // where residents reach PutRight's public pages; letters and emails link to it
        publicUrl = blank(publicUrl) ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
