package org.putright.complaints;

/** Someone acting for the resident (3.6): family, an advocate, a solicitor, an MP or a councillor. */
public record Representative(String name, Relationship relationship, String email, String phone, boolean consentGiven) {

    public enum Relationship {
        FAMILY, FRIEND, ADVOCATE, SOLICITOR, MP, COUNCILLOR, OTHER
    }
}
