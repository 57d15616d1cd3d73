package org.rehabrx.web.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.rehabrx.core.secondfactor.SecondFactors;
import org.rehabrx.db.secondfactor.JdbcSecondFactors;
import org.rehabrx.db.secondfactor.SecretCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key that encrypts second-factor secrets comes from {@code rehabrx.security.secret-key}
 * (environment {@code REHABRX_SECURITY_SECRET_KEY}): Base64 of 32 random bytes, e.g. from
 * {@code openssl rand -base64 32}. A key that is set but malformed stops the start-up; a missing one only
 * switches second factors off, so that a first try of RehabRx needs no key.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecondFactorConfiguration.class);
    /** Derived from a published phrase, so anyone can decrypt what it protects: for the demo profile only. */
    private static final String DEMO_KEY_PHRASE = "RehabRx demo key - published, never use with real data";

    @Bean
    SecretCipher secretCipher(@Value("${rehabrx.security.secret-key:}") String configuredKey, Environment environment) {
        if (!configuredKey.isBlank()) {
            try {
                return SecretCipher.withBase64Key(configuredKey);
            } catch (IllegalArgumentException malformed) {
                throw new IllegalStateException("rehabrx.security.secret-key (REHABRX_SECURITY_SECRET_KEY) must be "
                        + "Base64 of 32 random bytes, e.g. from 'openssl rand -base64 32': " + malformed.getMessage(),
                        malformed);
            }
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            LOG.warn("Second-factor secrets are encrypted with the PUBLISHED DEMO KEY. Set "
                    + "REHABRX_SECURITY_SECRET_KEY before storing anything real.");
            return SecretCipher.withKey(sha256(DEMO_KEY_PHRASE));
        }
        LOG.warn("No REHABRX_SECURITY_SECRET_KEY is set: second factors (authenticator apps) cannot be set up or "
                + "checked. Set it to Base64 of 32 random bytes, e.g. from 'openssl rand -base64 32'.");
        return SecretCipher.unavailable();
    }

    @Bean
    SecondFactors secondFactors(JdbcClient jdbc, SecretCipher secretCipher) {
        return new JdbcSecondFactors(jdbc, secretCipher);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
