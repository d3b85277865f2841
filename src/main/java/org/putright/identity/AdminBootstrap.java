package org.putright.identity;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from PUTRIGHT_ADMIN_USER / PUTRIGHT_ADMIN_PASSWORD when there are no staff
 * accounts yet (as Keycloak's bootstrap admin). Once anyone exists it does nothing, so the variables can stay set.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccounts accounts;
    private final String username;
    private final String password;
    private final boolean demoData;

    AdminBootstrap(StaffAccounts accounts, @Value("${putright.admin.user:}") String username,
            @Value("${putright.admin.password:}") String password, @Value("${putright.demo-data:false}") boolean demoData) {
        this.demoData = demoData;
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            if (demoData) {
                return; // the demo data makes its own staff
            }
            log.warn("No staff accounts exist. Set PUTRIGHT_ADMIN_USER and PUTRIGHT_ADMIN_PASSWORD to create the first administrator.");
            return;
        }
        accounts.create(username, "Administrator", EnumSet.of(Role.ADMIN), password, "bootstrap");
        log.info("Created the first administrator '{}'", username);
    }
}
