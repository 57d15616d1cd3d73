package org.rehabrx.web.treatment.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.shared.PainScore;

/** Dates, times and pain scores as the reader's language writes them. */
final class Formats {

    private final Locale locale;

    Formats(Locale locale) {
        this.locale = locale;
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(ZoneId.systemDefault()));
    }

    /** Short day for chart axes: "3 Nov". */
    DateTimeFormatter shortDay() {
        return DateTimeFormatter.ofPattern("d MMM", locale);
    }

    static String pain(@Nullable PainScore pain) {
        return pain == null ? "—" : pain.value() + "/10";
    }
}
