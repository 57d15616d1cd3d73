package org.rehabrx.web.account;

import java.security.SecureRandom;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.PasswordPolicy;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.account.UsernameTakenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the very first start (no accounts at all) creates {@code admin} with a one-time password, so that no
 * installation ever has a default admin password (OWASP ASVS 6.3.2). The password comes from
 * {@code REHABRX_ADMIN_PASSWORD} or is generated and written to the log once; either way it must be
 * replaced at the first sign-in.
 */
@Component
@Order(FirstAdminBootstrap.ORDER)
class FirstAdminBootstrap implements ApplicationRunner {

    static final int ORDER = 0;
    static final Username ADMIN = new Username("admin");
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final @Nullable String configuredPassword;

    FirstAdminBootstrap(Accounts accounts, PasswordEncoder passwordEncoder,
                        @Value("${rehabrx.admin.password:#{null}}") @Nullable String configuredPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        PasswordPolicy.require(password, ADMIN);
        try {
            accounts.save(Account.openWithTemporaryPassword(ADMIN, "Administrator", Role.ADMIN,
                    new EncodedPassword(passwordEncoder.encode(password))));
        } catch (UsernameTakenException anotherInstanceWasFaster) {
            return;
        }
        if (generated) {
            log.warn("""

                    ==================================================================
                    First start: created the account 'admin' with this one-time password:

                        {}

                    Sign in with it and choose your own password. It is shown only once.
                    ==================================================================""", password);
        } else {
            log.warn("First start: created the account 'admin' with the password from REHABRX_ADMIN_PASSWORD; "
                    + "it must be replaced at the first sign-in.");
        }
    }

    /** 20 random characters in groups of five, without look-alikes such as l/1 and o/0. */
    private static String generatePassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
