package org.putright.shared.web;

/** The Housing Ombudsman's contact details, given to residents throughout (3.7, 6.5, 6.16; 2022 Code 2.7). */
public record Ombudsman(String name, String phone, String email, String website, String address) {

    public static final Ombudsman HOUSING_OMBUDSMAN = new Ombudsman("Housing Ombudsman Service", "0300 111 3000",
            "info@housing-ombudsman.org.uk", "https://www.housing-ombudsman.org.uk", "PO Box 152, Liverpool L33 7WQ");
}
