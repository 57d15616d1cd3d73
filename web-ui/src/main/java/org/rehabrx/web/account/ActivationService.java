package org.rehabrx.web.account;

import java.time.Clock;

import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Activation;
import org.rehabrx.core.account.ActivationCode;
import org.rehabrx.core.account.ActivationRefusedException;
import org.rehabrx.core.account.ActivationRefusedException.Reason;
import org.rehabrx.core.account.Activations;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.PasswordPolicy;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.web.audit.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner of a new or reset account chooses their password with the activation code the clinic gave them.
 * Nobody is signed in here: the code itself is the proof, so it is refused once used, replaced or expired,
 * and an unusable code tells nothing about the account.
 */
@Service
public class ActivationService {

    private final Activations activations;
    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    ActivationService(Activations activations, Accounts accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.activations = activations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException    when the text is not an activation code at all
     * @throws ActivationRefusedException when the code is unknown, used, replaced or expired
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public PendingActivation check(String typedCode) {
        var activation = usable(new ActivationCode(typedCode));
        return new PendingActivation(accountOf(activation).username().value());
    }

    /**
     * Uses up the code and sets the password the owner chose.
     *
     * @throws PasswordChangeRefusedException when the password does not meet the policy; the code stays usable
     * @throws ActivationRefusedException    when the code cannot be used (any more)
     */
    @Transactional
    @PreAuthorize("permitAll()")
    @Audited(AuditAction.ACCOUNT_ACTIVATED)
    public PendingActivation activate(String typedCode, String chosenPassword) {
        var activation = usable(new ActivationCode(typedCode));
        var account = accountOf(activation);
        var problems = PasswordPolicy.problemsWith(chosenPassword, account.username());
        if (!problems.isEmpty()) {
            throw new PasswordChangeRefusedException(String.join(" ", problems));
        }
        try {
            activations.save(activation.use(clock.instant()));
        } catch (ConcurrentChangeException usedAtTheSameMoment) {
            throw new ActivationRefusedException(Reason.USED);
        }
        accounts.save(account.activatedWith(new EncodedPassword(passwordEncoder.encode(chosenPassword))));
        return new PendingActivation(account.username().value());
    }

    private Activation usable(ActivationCode code) {
        var activation = activations.findByCode(code.hash())
                .orElseThrow(() -> new ActivationRefusedException(Reason.UNKNOWN));
        activation.requireUsableAt(clock.instant());
        return activation;
    }

    private Account accountOf(Activation activation) {
        var account = accounts.findById(activation.account())
                .orElseThrow(() -> new ActivationRefusedException(Reason.UNKNOWN));
        if (!account.enabled()) {
            throw new IllegalStateException("This account is disabled; ask the clinic to enable it first.");
        }
        return account;
    }
}
