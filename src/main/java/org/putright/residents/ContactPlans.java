package org.putright.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.Resident;
import org.putright.residents.ContactPlan.Addressee;
import org.putright.residents.ContactPlan.FormatNeed;
import org.putright.residents.ContactPlan.Method;
import org.putright.residents.ContactPlan.Role;
import org.putright.residents.ResidentRecord.PreferredContact;
import org.putright.residents.ResidentRepresentative.CorrespondenceTo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who our letters about a complaint go to on a date, in which format and by which method: consent (3.6),
 * reasonable adjustments (5.10) and contact restrictions (5.14) read together, so every letter follows all three.
 */
@Service
public class ContactPlans {

    /** Adjustment kinds that are a format the letter itself must be produced in. */
    static final Set<String> FORMATS = Set.of("LARGE_PRINT", "EASY_READ", "COLOURED_PAPER", "AUDIO", "BRAILLE", "BRITISH_SIGN_LANGUAGE",
            "TRANSLATION");

    /** An adjustment or restriction in force on the date: its kind and detail. */
    record Active(String kind, String detail, LocalDate reviewOn) {
    }

    private final JdbcClient jdbc;
    private final ResidentStore residents;
    private final Representatives representatives;
    private final ComplaintService complaints;

    ContactPlans(JdbcClient jdbc, ResidentStore residents, Representatives representatives, ComplaintService complaints) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.representatives = representatives;
        this.complaints = complaints;
    }

    /** Who receives letters about this complaint on {@code on}, and how. */
    @Transactional(readOnly = true)
    public ContactPlan planFor(UUID complaintId, LocalDate on) {
        ComplaintView complaint = complaints.get(complaintId);
        String stated = complaint.residentStatement() == null ? null : complaint.residentStatement().contactPreference();
        Optional<ResidentRecord> record = residents.forComplaint(complaintId);
        Addressee resident = record.map(r -> residentAddressee(r, stated, on)).orElseGet(() -> fromComplaint(complaint.resident(), stated));
        // one representative acts at a time: the first recorded whose consent covers this complaint on this date
        Optional<ResidentRepresentative> acting = record.flatMap(r -> representatives.forResident(r.id()).stream()
                .filter(rep -> rep.actsFor(complaintId, on) && reachable(rep)).findFirst());
        List<Addressee> addressees = new ArrayList<>();
        CorrespondenceTo to = acting.map(ResidentRepresentative::correspondenceTo).orElse(CorrespondenceTo.RESIDENT);
        if (to != CorrespondenceTo.RESIDENT) {
            addressees.add(representativeAddressee(acting.get()));
        }
        if (to != CorrespondenceTo.REPRESENTATIVE) {
            addressees.add(resident);
        }
        return new ContactPlan(complaintId, record.map(ResidentRecord::id).orElse(null), on, addressees);
    }

    /** The resident alone, for letters about the resident rather than one complaint (a contact restriction notice). */
    @Transactional(readOnly = true)
    public ContactPlan planForResident(UUID residentId, LocalDate on) {
        ResidentRecord record = residents.surviving(residentId)
                .orElseThrow(() -> new org.putright.shared.NotFoundException("No resident with id " + residentId));
        return new ContactPlan(null, record.id(), on, List.of(residentAddressee(record, null, on)));
    }

    /** The resident's active reasonable adjustments on the date (not ended). */
    @Transactional(readOnly = true)
    public List<FormatNeed> formatsFor(UUID residentId, LocalDate on) {
        return adjustments(residentId, on).stream().filter(a -> FORMATS.contains(a.kind())).map(a -> new FormatNeed(a.kind(), a.detail()))
                .toList();
    }

    private Addressee residentAddressee(ResidentRecord r, String stated, LocalDate on) {
        List<Active> adjustments = adjustments(r.id(), on);
        List<Active> restrictions = restrictions(r.id(), on);
        List<FormatNeed> formats = adjustments.stream().filter(a -> FORMATS.contains(a.kind())).map(a -> new FormatNeed(a.kind(), a.detail()))
                .toList();
        List<String> notes = new ArrayList<>();
        Method method = preferred(stated, r.preferredContact(), r.email(), r.phone());
        boolean emailOnly = adjustments.stream().anyMatch(a -> a.kind().equals("EMAIL_ONLY"));
        boolean phoneOnly = adjustments.stream().anyMatch(a -> a.kind().equals("PHONE_ONLY"));
        Set<String> restrictionKinds = new LinkedHashSet<>();
        restrictions.forEach(x -> restrictionKinds.add(x.kind()));
        if (emailOnly) {
            method = blank(r.email()) ? Method.POST : Method.EMAIL;
            notes.add(blank(r.email()) ? "Agreed contact by email only, but we hold no email address: post it and ask for one"
                    : "Agreed contact by email only");
        }
        else if (phoneOnly) {
            method = blank(r.phone()) ? Method.POST : Method.SMS;
            notes.add("Agreed contact by phone only: phone the resident to go through this letter");
        }
        // 5.14: a written-contact-only restriction in force rules out phone calls and texts, whatever else was asked for
        if (restrictionKinds.contains("WRITTEN_CONTACT_ONLY") && method == Method.SMS) {
            method = blank(r.email()) ? Method.POST : Method.EMAIL;
        }
        for (Active restriction : restrictions) {
            notes.add("Contact restriction until its review on " + restriction.reviewOn() + ": " + restrictionLabel(restriction.kind())
                    + (blank(restriction.detail()) ? "" : " (" + restriction.detail().strip() + ")"));
        }
        for (Active adjustment : adjustments) {
            if (!FORMATS.contains(adjustment.kind()) && !adjustment.kind().equals("EMAIL_ONLY") && !adjustment.kind().equals("PHONE_ONLY")) {
                notes.add("Agreed adjustment: " + adjustment.kind().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (blank(adjustment.detail()) ? "" : " (" + adjustment.detail().strip() + ")"));
            }
        }
        List<String> address = r.address() == null ? List.of() : r.address().lines();
        return new Addressee(Role.RESIDENT, null, r.name(), null, address, r.email(), r.phone(), method, formats, notes);
    }

    private static Addressee fromComplaint(Resident given, String stated) {
        List<String> address = blank(given.postcode()) ? List.of() : List.of(given.postcode().strip());
        return new Addressee(Role.RESIDENT, null, given.name(), null, address, given.email(), given.phone(),
                preferred(stated, null, given.email(), given.phone()), List.of(), List.of());
    }

    private static Addressee representativeAddressee(ResidentRepresentative rep) {
        List<String> address = blank(rep.postalAddress()) ? List.of()
                : Arrays.stream(rep.postalAddress().split("\\R|,")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Method method = !blank(rep.email()) ? Method.EMAIL : !address.isEmpty() ? Method.POST : Method.SMS;
        return new Addressee(Role.REPRESENTATIVE, rep.id(), rep.name(), rep.organisation(), address, rep.email(), rep.phone(), method,
                List.of(), List.of());
    }

    private static boolean reachable(ResidentRepresentative rep) {
        return !blank(rep.email()) || !blank(rep.phone()) || !blank(rep.postalAddress());
    }

    /**
     * What the resident said at intake wins (post, text), then the record's preference, then email when we have an
     * address, else post. A phone preference is for calls: letters still go in writing.
     */
    static Method preferred(String stated, PreferredContact recorded, String email, String phone) {
        String said = stated == null ? "" : stated.toLowerCase(Locale.ROOT);
        if (said.contains("post") || said.contains("letter")) {
            return Method.POST;
        }
        if ((said.contains("text") || said.contains("sms")) && !blank(phone)) {
            return Method.SMS;
        }
        if (said.isBlank() && recorded != null) {
            switch (recorded) {
                case POST -> {
                    return Method.POST;
                }
                case SMS -> {
                    if (!blank(phone)) {
                        return Method.SMS;
                    }
                }
                default -> {
                }
            }
        }
        return blank(email) ? Method.POST : Method.EMAIL;
    }

    List<Active> adjustments(UUID residentId, LocalDate on) {
        return jdbc.sql("""
                select kind, detail, review_on from adjustment
                where resident_id = ? and agreed_on <= ? and (ended_on is null or ended_on > ?) order by agreed_on, recorded_at""")
                .params(residentId, on, on)
                .query((rs, n) -> new Active(rs.getString(1).strip().toUpperCase(Locale.ROOT), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** Restrictions in force: started, not ended, and not past their review date (a lapsed restriction stops applying, 5.14). */
    List<Active> restrictions(UUID residentId, LocalDate on) {
        List<Active> active = new ArrayList<>();
        jdbc.sql("""
                select kinds, detail, review_on from contact_restriction
                where resident_id = ? and starts_on <= ? and (ended_on is null or ended_on > ?) and review_on >= ?
                order by starts_on, recorded_at""")
                .params(residentId, on, on, on)
                .query((rs, n) -> {
                    for (String kind : kinds(rs.getString(1))) {
                        active.add(new Active(kind, rs.getString(2), rs.getObject(3, LocalDate.class)));
                    }
                    return null;
                }).list();
        return active;
    }

    static List<String> kinds(String stored) {
        if (stored == null) {
            return List.of();
        }
        return Arrays.stream(stored.replaceAll("[\\[\\]\"]", " ").split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }

    static String restrictionLabel(String kind) {
        return switch (kind) {
            case "WRITTEN_CONTACT_ONLY" -> "written contact only: do not phone or text";
            case "SINGLE_POINT_OF_CONTACT" -> "one named point of contact";
            case "LIMITED_CALL_TIMES" -> "calls only at set times";
            default -> kind.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
