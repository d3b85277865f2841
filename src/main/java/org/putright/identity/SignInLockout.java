package org.putright.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after repeated failed sign-ins in a row (form login and HTTP Basic both authenticate through the
 * same manager, which publishes these events). A locked account is refused with the same generic error as a wrong
 * password ({@link StaffAccounts#loadUserByUsername} marks it locked); a successful sign-in clears the count.
 */
@Component
class SignInLockout {

    private static final Logger log = LoggerFactory.getLogger(SignInLockout.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    SignInLockout(JdbcClient jdbc, Clock clock, @Value("${putright.security.lockout.max-failures:5}") int maxFailures,
            @Value("${putright.security.lockout.duration:15m}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null || username.isBlank()) {
            return;
        }
        int updated = jdbc.sql("update staff_account set failed_sign_ins = failed_sign_ins + 1 where username = ?").param(username).update();
        if (updated == 0) {
            return; // no such account: nothing to lock, and nothing said about it
        }
        int failures = jdbc.sql("select failed_sign_ins from staff_account where username = ?").param(username).query(Integer.class).single();
        if (failures >= maxFailures) {
            OffsetDateTime until = now().plus(lockDuration);
            jdbc.sql("update staff_account set failed_sign_ins = 0, locked_until = ? where username = ?").params(until, username).update();
            jdbc.sql("insert into staff_audit (username, action, detail, actor, occurred_at) values (?, ?, ?, ?, ?)")
                    .params(username, "LOCKED", failures + " failed sign-ins in a row; locked until " + until, "system", now()).update();
            log.warn("Locked the account '{}' after {} failed sign-ins in a row, until {}", username, failures, until);
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("update staff_account set failed_sign_ins = 0, locked_until = null where username = ? and (failed_sign_ins <> 0 or locked_until is not null)")
                .param(event.getAuthentication().getName()).update();
    }


    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
