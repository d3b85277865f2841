package org.putright.residents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.putright.residents.ResidentRecord.PreferredContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the resident rows. Callers append to {@link ResidentLog} in the same transaction. */
@Repository
class ResidentStore {

    private static final String COLUMNS = """
            id, tenancy_reference, property_reference, name, address_line1, address_line2, town, postcode, email, phone,
            preferred_contact, household, source, merged_into, anonymised_on""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ResidentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ResidentRecord> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from resident where id = ?").param(id).query(this::map).optional();
    }

    Optional<ResidentRecord> byTenancyReference(String tenancyReference) {
        if (tenancyReference == null || tenancyReference.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from resident where tenancy_reference = ?").param(tenancyReference.strip())
                .query(this::map).optional();
    }

    /** Live (not merged away) residents with this email address, ignoring case. */
    List<ResidentRecord> byEmail(String email) {
        String key = emailKey(email);
        if (key == null) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from resident where email_key = ? and merged_into is null").param(key).query(this::map)
                .list();
    }

    /** The resident a complaint was linked to, following merges to the surviving record. */
    Optional<ResidentRecord> forComplaint(UUID complaintId) {
        return jdbc.sql("select resident_id from resident_complaint where complaint_id = ?").param(complaintId).query(UUID.class)
                .optional().flatMap(this::surviving);
    }

    /** Follows {@code merged_into} to the record that survived. */
    Optional<ResidentRecord> surviving(UUID id) {
        Optional<ResidentRecord> found = find(id);
        for (int hops = 0; found.isPresent() && found.get().mergedInto() != null && hops < 20; hops++) {
            found = find(found.get().mergedInto());
        }
        return found;
    }

    void insert(ResidentRecord r, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        PostalAddress a = r.address() == null ? new PostalAddress(null, null, null, null) : r.address();
        jdbc.sql("""
                insert into resident (id, tenancy_reference, property_reference, name, address_line1, address_line2, town, postcode,
                    email, phone, preferred_contact, household, email_key, property_key, name_key, source, merged_into, anonymised_on,
                    created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(r.id(), blankToNull(r.tenancyReference()), blankToNull(r.propertyReference()), r.name(), blankToNull(a.line1()),
                        blankToNull(a.line2()), blankToNull(a.town()), blankToNull(a.postcode()), blankToNull(r.email()),
                        blankToNull(r.phone()), r.preferredContact() == null ? null : r.preferredContact().name(),
                        json.writeValueAsString(r.household() == null ? List.of() : r.household()), emailKey(r.email()),
                        propertyKey(r.propertyReference(), a), nameKey(r.name()), r.source(), r.mergedInto(), r.anonymisedOn(), at, at)
                .update();
    }

    /** Replaces the current row with {@code r} (the caller has logged the change). */
    void update(ResidentRecord r, Instant now) {
        PostalAddress a = r.address() == null ? new PostalAddress(null, null, null, null) : r.address();
        jdbc.sql("""
                update resident set tenancy_reference = ?, property_reference = ?, name = ?, address_line1 = ?, address_line2 = ?,
                    town = ?, postcode = ?, email = ?, phone = ?, preferred_contact = ?, household = ?, email_key = ?, property_key = ?,
                    name_key = ?, merged_into = ?, anonymised_on = ?, updated_at = ?, version = version + 1
                where id = ?""")
                .params(blankToNull(r.tenancyReference()), blankToNull(r.propertyReference()), r.name(), blankToNull(a.line1()),
                        blankToNull(a.line2()), blankToNull(a.town()), blankToNull(a.postcode()), blankToNull(r.email()),
                        blankToNull(r.phone()), r.preferredContact() == null ? null : r.preferredContact().name(),
                        json.writeValueAsString(r.household() == null ? List.of() : r.household()), emailKey(r.email()),
                        propertyKey(r.propertyReference(), a), nameKey(r.name()), r.mergedInto(), r.anonymisedOn(),
                        now.atOffset(ZoneOffset.UTC), r.id())
                .update();
    }

    void link(UUID complaintId, UUID residentId, String reference, LocalDate receivedOn, String summary,
            ResidentLinked.MatchedBy matchedBy, Instant now) {
        jdbc.sql("""
                insert into resident_complaint (complaint_id, resident_id, reference, received_on, summary, matched_by, linked_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(complaintId, residentId, reference, receivedOn, summary, matchedBy.name(), now.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** A complaint (or service request) linked to a resident: the resident's and the home's history (5.4 of the 2022 Code). */
    record LinkedComplaint(UUID complaintId, UUID residentId, String reference, LocalDate receivedOn, String summary, String matchedBy) {
    }

    /**
     * Live residents whose name contains the words searched for, or whose tenancy reference or postcode starts with it, or
     * whose email address contains it; by name.
     */
    List<ResidentRecord> search(String q, int limit) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        String text = q.strip().replace("%", "").replace("_", "");
        String name = nameKey(text);
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("name", name.isEmpty() ? null : "%" + name + "%");
        params.put("ref", compact + "%");
        params.put("postcode", compact + "%");
        params.put("email", "%" + text.toLowerCase(Locale.ROOT) + "%");
        params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + """
                 from resident where merged_into is null and (name_key like :name or upper(tenancy_reference) like :ref
                    or replace(upper(postcode), ' ', '') like :postcode or email_key like :email)
                order by name_key, tenancy_reference limit :limit""")
                .params(params).query(this::map).list();
    }

    /** The complaints linked to any of these residents, newest first. */
    List<LinkedComplaint> complaintsOf(java.util.Collection<UUID> residentIds) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select complaint_id, resident_id, reference, received_on, summary, matched_by from resident_complaint
                where resident_id in (:ids) order by received_on desc, reference desc""")
                .param("ids", List.copyOf(residentIds))
                .query((rs, n) -> new LinkedComplaint(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Everyone who has lived at (or been recorded at) the home with this key: previous tenants too, merged or not. */
    List<ResidentRecord> atProperty(String propertyKey) {
        if (propertyKey == null) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from resident where property_key = ? order by created_at").param(propertyKey)
                .query(this::map).list();
    }

    /** The records merged directly into this one. */
    List<ResidentRecord> mergedInto(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from resident where merged_into = ? order by created_at").param(id).query(this::map).list();
    }

    /** Moves the complaints linked to one resident to another; returns their references. */
    List<String> moveLinks(UUID from, UUID to) {
        List<String> references = jdbc.sql("select reference from resident_complaint where resident_id = ? order by received_on, reference")
                .param(from).query(String.class).list();
        jdbc.sql("update resident_complaint set resident_id = ? where resident_id = ?").params(to, from).update();
        return references;
    }

    /** Re-points the rows other parts of this module keep for a resident (V14's tables) to another resident; counts per table. */
    java.util.Map<String, Integer> repoint(UUID from, UUID to) {
        java.util.Map<String, Integer> moved = new java.util.LinkedHashMap<>();
        for (String table : List.of("representative", "adjustment", "disclosure", "contact_restriction")) {
            // the table names are this list's constants, never input
            moved.put(table, jdbc.sql("update " + table + " set resident_id = ? where resident_id = ?").params(to, from).update());
        }
        return moved;
    }

    /** Locks the rows for the rest of the transaction (in id order, so two merges of one pair cannot deadlock). */
    void lock(UUID... ids) {
        List<UUID> sorted = java.util.Arrays.stream(ids).sorted().toList();
        for (UUID id : sorted) {
            jdbc.sql("select id from resident where id = ? for update").param(id).query(UUID.class).optional();
        }
    }

    long linkedCount() {
        return jdbc.sql("select count(*) from resident_complaint").query(Long.class).single();
    }

    /** Which of these complaints are linked to a resident already. */
    java.util.Set<UUID> linked(java.util.Collection<UUID> complaintIds) {
        if (complaintIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select complaint_id from resident_complaint where complaint_id in (:ids)")
                .param("ids", List.copyOf(complaintIds)).query(UUID.class).list());
    }

    /** Pairs of live records (first id lower) meeting a condition on {@code a} and {@code b}: the callers' constant SQL, never input. */
    List<UUID[]> pairsSharing(String condition) {
        return jdbc.sql("select a.id, b.id from resident a join resident b on a.id < b.id and (" + condition + ")" + """
                 where a.merged_into is null and b.merged_into is null and a.anonymised_on is null and b.anonymised_on is null
                order by a.name_key, a.id, b.id limit 500""")
                .query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list();
    }

    private ResidentRecord map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String contact = rs.getString(11);
        String household = rs.getString(12);
        return new ResidentRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                new PostalAddress(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)), rs.getString(9),
                rs.getString(10), contact == null ? null : PreferredContact.valueOf(contact),
                household == null ? List.of() : json.readValue(household, new TypeReference<List<HouseholdMember>>() {
                }), rs.getString(13), rs.getObject(14, UUID.class), rs.getObject(15, LocalDate.class));
    }

    static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The home: the landlord's property reference when known, otherwise the first address line and postcode. */
    static String propertyKey(String propertyReference, PostalAddress address) {
        if (propertyReference != null && !propertyReference.isBlank()) {
            return "ref:" + propertyReference.strip().toUpperCase(Locale.ROOT);
        }
        if (address == null || address.line1() == null || address.line1().isBlank() || address.postcode() == null
                || address.postcode().isBlank()) {
            return null;
        }
        String key = "addr:" + address.line1().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "|"
                + address.postcode().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        return key.length() > 300 ? key.substring(0, 300) : key;
    }

    static String nameKey(String name) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").strip();
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
