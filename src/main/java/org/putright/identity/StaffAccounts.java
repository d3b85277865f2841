package org.putright.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.putright.shared.Hashes.sha256;

import org.putright.shared.ConflictException;
import org.putright.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts in the database. Accounts are deactivated, never deleted: the record names them. */
@Service
class StaffAccounts implements StaffDirectory, StaffProvisioning, UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public Optional<StaffMember> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("select username, display_name, active from staff_account where username = ?").param(username)
                .query((rs, n) -> new StaffMember(rs.getString(1), rs.getString(2), rolesOf(rs.getString(1)), rs.getBoolean(3)))
                .optional();
    }

    @Override
    public String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No signed-in member of staff");
        }
        return authentication.getName();
    }

    List<StaffMember> all() {
        Map<String, Set<Role>> roles = new TreeMap<>();
        jdbc.sql("select username, role from staff_role").query((rs, n) -> {
            roles.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
            return null;
        }).list();
        return jdbc.sql("select username, display_name, active from staff_account order by username")
                .query((rs, n) -> new StaffMember(rs.getString(1), rs.getString(2),
                        roles.getOrDefault(rs.getString(1), EnumSet.noneOf(Role.class)), rs.getBoolean(3)))
                .list();
    }

    @Override
    public List<StaffMember> handlers() {
        return all().stream().filter(StaffMember::canHandleComplaints)
                .sorted(java.util.Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    long count() {
        return jdbc.sql("select count(*) from staff_account").query(Long.class).single();
    }

    @Transactional
    StaffMember create(String username, String displayName, Set<Role> roles, String rawPassword, String actor) {
        if (find(username).isPresent()) {
            throw new ConflictException("A member of staff with username '" + username + "' already exists");
        }
        jdbc.sql("insert into staff_account (username, display_name, password_hash, active, created_at, created_by) values (?, ?, ?, true, ?, ?)")
                .params(username, displayName, passwords.encode(rawPassword), now(), actor).update();
        for (Role role : roles) {
            jdbc.sql("insert into staff_role (username, role) values (?, ?)").params(username, role.name()).update();
        }
        audit(username, "CREATED", "roles " + roles, actor);
        return find(username).orElseThrow();
    }

    @Override
    @Transactional
    public StaffMember ensure(String username, String displayName, Set<Role> roles, String password) {
        return find(username).orElseGet(() -> create(username, displayName, roles, password, "system"));
    }

    @Transactional
    StaffMember changeRoles(String username, Set<Role> roles, String actor) {
        StaffMember before = find(username).orElseThrow(() -> new NotFoundException("No member of staff '" + username + "'"));
        jdbc.sql("delete from staff_role where username = ?").param(username).update();
        for (Role role : roles) {
            jdbc.sql("insert into staff_role (username, role) values (?, ?)").params(username, role.name()).update();
        }
        audit(username, "ROLES_CHANGED", before.roles() + " -> " + roles, actor);
        return find(username).orElseThrow();
    }

    @Transactional
    StaffMember setActive(String username, boolean active, String actor) {
        find(username).orElseThrow(() -> new NotFoundException("No member of staff '" + username + "'"));
        jdbc.sql("update staff_account set active = ? where username = ?").params(active, username).update();
        if (!active) {
            jdbc.sql("update api_token set revoked_at = ? where username = ? and revoked_at is null").params(now(), username).update();
        }
        audit(username, active ? "REACTIVATED" : "DEACTIVATED", null, actor);
        return find(username).orElseThrow();
    }

    @Transactional
    void changePassword(String username, String rawPassword, String actor) {
        jdbc.sql("update staff_account set password_hash = ? where username = ?").params(passwords.encode(rawPassword), username).update();
        audit(username, "PASSWORD_CHANGED", null, actor);
    }

    /** Issues a personal API token; only its SHA-256 is kept, so the token is shown once. */
    @Transactional
    String issueToken(String username, String label) {
        String token = "prt_" + HexFormat.of().formatHex(randomBytes(24));
        jdbc.sql("insert into api_token (username, label, token_hash, created_at) values (?, ?, ?, ?)")
                .params(username, label, sha256(token), now()).update();
        audit(username, "TOKEN_ISSUED", label, username);
        return token;
    }

    /** The staff member a presented API token belongs to, if the token and the account are live. */
    Optional<StaffMember> byToken(String token) {
        return jdbc.sql("""
                select a.username from api_token t join staff_account a on a.username = t.username
                where t.token_hash = ? and t.revoked_at is null and a.active = true""")
                .param(sha256(token)).query(String.class).optional().flatMap(this::find);
    }

    /** When the account's sign-in lock ends, if it is locked (see {@link SignInLockout}). */
    Optional<OffsetDateTime> lockedUntil(String username) {
        return jdbc.sql("select locked_until from staff_account where username = ?").param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).optional().flatMap(o -> o)
                .filter(until -> until.isAfter(now()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, active, locked_until from staff_account where username = ?").param(username)
                .query((rs, n) -> User.withUsername(rs.getString(1)).password(rs.getString(2)).disabled(!rs.getBoolean(3))
                        .accountLocked(isLocked(rs.getObject(4, OffsetDateTime.class)))
                        .authorities(rolesOf(username).stream().map(r -> new SimpleGrantedAuthority(r.authority()))
                                .collect(Collectors.toList()))
                        .build())
                .optional().orElseThrow(() -> new UsernameNotFoundException(username));
    }

    private boolean isLocked(OffsetDateTime lockedUntil) {
        return lockedUntil != null && lockedUntil.isAfter(now());
    }

    private Set<Role> rolesOf(String username) {
        List<Role> roles = new ArrayList<>(jdbc.sql("select role from staff_role where username = ?").param(username)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list());
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private void audit(String username, String action, String detail, String actor) {
        jdbc.sql("insert into staff_audit (username, action, detail, actor, occurred_at) values (?, ?, ?, ?, ?)")
                .params(username, action, detail, actor, now()).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

}
