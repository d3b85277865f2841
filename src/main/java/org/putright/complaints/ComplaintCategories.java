package org.putright.complaints;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.putright.identity.StaffDirectory;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The landlord's category lists (service areas, causes, teams or contractors), kept as data so each landlord has its
 * own. Categories are retired, never deleted: complaints already filed under one keep its label in every report.
 */
@Service
public class ComplaintCategories {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    ComplaintCategories(JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    /** Every category, retired ones included, in the order staff see them (by kind, then label). */
    @Transactional(readOnly = true)
    public List<Category> all() {
        return jdbc.sql("select kind, code, label, description, active from complaint_category")
                .query((rs, n) -> new Category(CategoryKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5)))
                .list().stream()
                .sorted(java.util.Comparator.comparing(Category::kind).thenComparing(c -> "OTHER".equals(c.code()))
                        .thenComparing(Category::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The categories that can be chosen now, of one kind. */
    public List<Category> active(CategoryKind kind) {
        return all().stream().filter(c -> c.kind() == kind && c.active()).toList();
    }

    /** Code to label for one kind, retired ones included (a report names what complaints were filed under). */
    public Map<String, String> labels(CategoryKind kind) {
        Map<String, String> labels = new LinkedHashMap<>();
        all().stream().filter(c -> c.kind() == kind).forEach(c -> labels.put(c.code(), c.label()));
        return labels;
    }

    Optional<Category> find(CategoryKind kind, String code) {
        return all().stream().filter(c -> c.kind() == kind && c.code().equals(code)).findFirst();
    }

    /**
     * The code, if it names an active category of that kind, or the one the complaint is already filed under (retiring a
     * category must not stop staff correcting another of the complaint's categories); a field error otherwise. Blank is none.
     */
    String requireChoosable(CategoryKind kind, String field, String code, String current) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (code.equals(current)) {
            return code;
        }
        Category category = find(kind, code).orElseThrow(() -> new InvalidRequestException(field, code,
                "is not one of the landlord's categories; choose one from GET /api/v1/categories"));
        if (!category.active()) {
            throw new InvalidRequestException(field, code, "was retired; choose a current category");
        }
        return code;
    }

    @Transactional
    public Category add(CategoryKind kind, String code, String label, String description) {
        if (kind == null) {
            throw new InvalidRequestException("kind", null, "is required: SERVICE_AREA, CAUSE or TEAM");
        }
        if (find(kind, code).isPresent()) {
            throw new ConflictException("A " + kind + " category with code " + code + " already exists");
        }
        jdbc.sql("""
                insert into complaint_category (kind, code, label, description, active, created_at, created_by)
                values (?, ?, ?, ?, true, ?, ?)""")
                .params(kind.name(), code, label.strip(), description == null || description.isBlank() ? null : description.strip(),
                        clock.instant().atOffset(ZoneOffset.UTC), staff.currentUsername())
                .update();
        return new Category(kind, code, label.strip(), description, true);
    }

    /** Takes a category off the lists staff choose from; complaints already filed under it keep it. */
    @Transactional
    public Category retire(CategoryKind kind, String code) {
        Category category = find(kind, code).orElseThrow(() -> new NotFoundException("No " + kind + " category " + code));
        if (!category.active()) {
            throw new ConflictException("The " + kind + " category " + code + " is already retired");
        }
        jdbc.sql("update complaint_category set active = false, retired_at = ?, retired_by = ? where kind = ? and code = ?")
                .params(clock.instant().atOffset(ZoneOffset.UTC), staff.currentUsername(), kind.name(), code).update();
        return new Category(kind, code, category.label(), category.description(), false);
    }
}
