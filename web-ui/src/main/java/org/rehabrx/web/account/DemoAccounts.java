package org.rehabrx.web.account;

import java.util.List;

import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo only: accounts with a known password, listed in the README, so that RehabRx can be tried at once.
 * Runs after {@link FirstAdminBootstrap}, so a demo installation still has a real {@code admin}.
 */
@Component
@Profile("demo")
@Order(FirstAdminBootstrap.ORDER + 1)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-password";

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("demo.admin", "Dana Admin (demo)", Role.ADMIN),
            new DemoAccount("demo.clinician", "Priya Shah (demo clinician)", Role.CLINICIAN),
            new DemoAccount("demo.clinician2", "Tom Becker (demo clinician)", Role.CLINICIAN),
            new DemoAccount("demo.patient", "Maria Rossi (demo patient)", Role.PATIENT),
            new DemoAccount("demo.patient2", "Jonas Weber (demo patient)", Role.PATIENT));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;

    DemoAccounts(Accounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        var missing = ACCOUNTS.stream()
                .filter(demo -> accounts.findByUsername(demo.username()).isEmpty())
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        var password = new EncodedPassword(passwordEncoder.encode(PASSWORD));
        missing.forEach(demo -> accounts.save(Account.open(demo.username(), demo.name(), demo.role(), password)));
        log.warn("Demo profile: created {} demo accounts with a published password. Never use the demo profile "
                + "with real patient data.", missing.size());
    }

    private record DemoAccount(Username username, String name, Role role) {

        DemoAccount(String username, String name, Role role) {
            this(new Username(username), name, role);
        }
    }
}
