package org.rehabrx.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordHashingTest {

    private final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void newPasswordsAreHashedWithArgon2idAndASaltOfTheirOwn() {
        var encoder = configuration.passwordEncoder();

        var first = encoder.encode("three tall trees by the lake");
        var second = encoder.encode("three tall trees by the lake");

        assertThat(first).startsWith("{argon2}$argon2id$");
        assertThat(first).isNotEqualTo(second);
        assertThat(encoder.matches("three tall trees by the lake", first)).isTrue();
        assertThat(encoder.matches("three tall trees by the lakes", first)).isFalse();
    }

    @Test
    void bcryptHashesOfEarlierAccountsStillMatch() {
        var bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("an older passphrase");

        assertThat(configuration.passwordEncoder().matches("an older passphrase", bcrypt)).isTrue();
    }
}
