package org.rehabrx.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class AccountTest {

    private final EncodedPassword temporary = new EncodedPassword("{noop}temporary-password");
    private final EncodedPassword chosen = new EncodedPassword("{noop}chosen-by-owner");

    @Test
    void anAccountOpenedWithATemporaryPasswordMustChangeIt() {
        var account = Account.openWithTemporaryPassword(new Username("admin"), "Administrator", Role.ADMIN, temporary);

        assertThat(account.passwordChangeRequired()).isTrue();
        assertThat(account.enabled()).isTrue();
        assertThat(account.isNew()).isTrue();
    }

    @Test
    void changingThePasswordEndsTheForcedChangeAndKeepsEverythingElse() {
        var account = Account.openWithTemporaryPassword(new Username("admin"), "Administrator", Role.ADMIN, temporary)
                .storedAs(3);

        var changed = account.passwordChangedByOwner(chosen);

        assertThat(changed.password()).isEqualTo(chosen);
        assertThat(changed.passwordChangeRequired()).isFalse();
        assertThat(changed.version()).isEqualTo(3);
        assertThat(changed.id()).isEqualTo(account.id());
        assertThat(changed.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aDisabledAccountCannotChangeItsPassword() {
        var disabled = new Account(AccountId.newId(), new Username("former.staff"), "Former Staff",
                Role.CLINICIAN, temporary, false, false, 2);

        assertThatIllegalStateException().isThrownBy(() -> disabled.passwordChangedByOwner(chosen));
    }

    @Test
    void aNameIsRequired() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Account.open(new Username("anna.berg"), "  ", Role.CLINICIAN, chosen))
                .withMessage("Enter the person's name.");
    }

    @Test
    void theEncodedPasswordNeverShowsInTextOutput() {
        var account = Account.open(new Username("anna.berg"), "Anna Berg", Role.CLINICIAN, chosen);

        assertThat(account.toString()).doesNotContain("chosen-by-owner");
    }
}
