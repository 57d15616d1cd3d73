package org.rehabrx.web.account.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment as the clinic reads it: in the server's time zone, the clinic's own. */
final class Moments {

    private Moments() {
    }

    static String format(Instant moment, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(moment);
    }
}
