package org.rehabrx.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

    @Test
    void everyPartIsOptional() {
        var none = new ContactDetails(null, "  ");

        assertThat(none.phone()).isEmpty();
        assertThat(none.email()).isEmpty();
        assertThat(none).isEqualTo(ContactDetails.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "(020) 7946-0958", "0171/234.56.78", "12345"})
    void acceptsUsualPhoneNumbers(String phone) {
        assertThat(new ContactDetails(phone, "").phone()).isEqualTo(phone);
    }

    @Test
    void trimsBothParts() {
        var contact = new ContactDetails("  +44 20 7946 0958 ", " anna.berg@example.org ");

        assertThat(contact.phone()).isEqualTo("+44 20 7946 0958");
        assertThat(contact.email()).isEqualTo("anna.berg@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "+44 20 ext. 12", "0171#234"})
    void refusesPhoneNumbersWithOtherCharacters(String phone) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ContactDetails(phone, ""))
                .withMessageContaining("phone number")
                .withMessageContaining("digits, spaces and + ( ) / . - only");
    }

    @Test
    void aPhoneNumberThatIsTooShortIsRefusedSayingHowLongItMustBe() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ContactDetails("1234", ""))
                .withMessageContaining("phone number")
                .withMessageContaining("at least 5 characters");
    }

    @Test
    void aPhoneNumberThatIsTooLongIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ContactDetails("0".repeat(33), ""))
                .withMessage("Phone number is too long: at most 32 characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna.berg@example.org", "a@b.co", "first.last+rehab@clinic.example.co.uk"})
    void acceptsUsualEmailAddresses(String email) {
        assertThat(new ContactDetails("", email).email()).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna.berg", "anna@example", "anna berg@example.org", "anna@@example.org", "@example.org"})
    void refusesMalformedEmailAddressesWithAnExample(String email) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ContactDetails("", email))
                .withMessage("Enter an e-mail address like name@example.org.");
    }

    @Test
    void refusesAnEmailAddressLongerThan254Characters() {
        var tooLong = "a".repeat(243) + "@example.org";

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ContactDetails("", tooLong))
                .withMessage("E-mail address is too long: at most 254 characters.");
    }
}
