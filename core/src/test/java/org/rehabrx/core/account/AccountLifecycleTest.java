package org.rehabrx.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

/** An account an admin creates, from waiting for its owner to disabled and back. */
class AccountLifecycleTest {

    private final EncodedPassword chosen = new EncodedPassword("{noop}chosen-by-owner");

    private Account created() {
        return Account.awaitingActivation(new Username("Ana.Ruiz"), "  Ana Ruiz ", Role.CLINICIAN).storedAs(1);
    }

    @Test
    void anAccountCreatedByAnAdminHasNoPasswordAndCannotSignInUntilActivated() {
        var account = created();

        assertThat(account.password()).isNull();
        assertThat(account.status()).isEqualTo(AccountStatus.AWAITING_ACTIVATION);
        assertThat(account.canSignIn()).isFalse();
        assertThat(account.displayName()).isEqualTo("Ana Ruiz");
        assertThat(account.passwordChangeRequired()).isFalse();
    }

    @Test
    void activationSetsTheOwnersPasswordAndMakesTheAccountActive() {
        var active = created().activatedWith(chosen);

        assertThat(active.password()).isEqualTo(chosen);
        assertThat(active.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(active.canSignIn()).isTrue();
        assertThat(active.version()).isEqualTo(1);
    }

    @Test
    void resettingAccessMakesTheOldPasswordUnusable() {
        var reset = created().activatedWith(chosen).accessReset();

        assertThat(reset.password()).isNull();
        assertThat(reset.status()).isEqualTo(AccountStatus.AWAITING_ACTIVATION);
    }

    @Test
    void resettingAccessAlsoEndsATemporaryPassword() {
        var admin = Account.openWithTemporaryPassword(new Username("admin"), "Administrator", Role.ADMIN,
                new EncodedPassword("{noop}temporary"));

        var reset = admin.accessReset();

        assertThat(reset.password()).isNull();
        assertThat(reset.passwordChangeRequired()).isFalse();
    }

    @Test
    void aDisabledAccountCannotSignInAndKeepsItsPasswordForWhenItIsEnabledAgain() {
        var active = created().activatedWith(chosen);

        var disabled = active.disabled();
        assertThat(disabled.status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(disabled.canSignIn()).isFalse();

        var enabled = disabled.enabledAgain();
        assertThat(enabled.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(enabled.password()).isEqualTo(chosen);
    }

    @Test
    void illegalTransitionsAreRefused() {
        var disabled = created().disabled();

        assertThatIllegalStateException().isThrownBy(disabled::disabled)
                .withMessage("This account is already disabled.");
        assertThatIllegalStateException().isThrownBy(() -> created().enabledAgain())
                .withMessage("This account is already enabled.");
        assertThatIllegalStateException().isThrownBy(disabled::accessReset)
                .withMessage("Enable the account before resetting its access.");
        assertThatIllegalStateException().isThrownBy(() -> disabled.activatedWith(chosen))
                .withMessage("This account is disabled; ask the clinic to enable it first.");
    }

    @Test
    void renamingChangesOnlyTheNameAndChecksIt() {
        var account = created();

        var renamed = account.renamed(" Ana Ruiz Soto ");
        assertThat(renamed.displayName()).isEqualTo("Ana Ruiz Soto");
        assertThat(renamed).isEqualTo(new Account(account.id(), account.username(), "Ana Ruiz Soto", account.role(),
                null, false, true, 1));

        assertThatIllegalArgumentException().isThrownBy(() -> account.renamed(" "))
                .withMessage("Enter the person's name.");
        assertThatIllegalArgumentException().isThrownBy(() -> account.renamed("x".repeat(201)))
                .withMessage("A name has at most 200 characters.");
    }

    @Test
    void onlyAPasswordThatExistsCanBeTemporary() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Account(AccountId.newId(),
                new Username("no.password"), "No Password", Role.ADMIN, null, true, true, 0));
    }

    @Test
    void aSearchFilterIsTrimmedAndLimited() {
        assertThat(new AccountFilter("  ana ", null, null).search()).isEqualTo("ana");
        assertThat(new AccountFilter(null, Role.ADMIN, null).search()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountFilter("a".repeat(101), null, null));
    }
}
