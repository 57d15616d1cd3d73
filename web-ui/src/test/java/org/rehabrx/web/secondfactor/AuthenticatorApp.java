package org.rehabrx.web.secondfactor;

import java.time.Clock;
import java.util.stream.IntStream;

import org.rehabrx.core.secondfactor.Totp;
import org.rehabrx.core.secondfactor.TotpSecret;

/**
 * The phone in a test: shows the code of the current time step, or of the next one when the current one
 * was used already (a person would wait for it; the next step is within the accepted tolerance). Two codes
 * per secret and test stay valid even when a step boundary passes in between.
 */
public final class AuthenticatorApp {

    private final TotpSecret secret;
    private final Clock clock;
    private long lastShownStep = Long.MIN_VALUE;

    public AuthenticatorApp(TotpSecret secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    public String nextCode() {
        lastShownStep = Math.max(Totp.stepAt(clock.instant()), lastShownStep + 1);
        return Totp.codeAt(secret, lastShownStep);
    }

    /** Six digits that are not the code of any step accepted now. */
    public String wrongCode() {
        var now = clock.instant();
        return IntStream.range(0, 1_000)
                .mapToObj(n -> String.format("%06d", n * 7919 % 1_000_000))
                .filter(candidate -> Totp.matchingStep(secret, candidate, now).isEmpty())
                .findFirst()
                .orElseThrow();
    }
}
