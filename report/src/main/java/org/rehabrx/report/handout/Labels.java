package org.rehabrx.report.handout;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The handout's words and date formats in one language; English when the language has no translation. */
final class Labels {

    private static final String BUNDLE = "org.rehabrx.report.handout.labels";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dayName;
    private final DateTimeFormatter dayShort;

    Labels(Locale requested) {
        bundle = ResourceBundle.getBundle(BUNDLE, requested,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        // dates follow the patient's own locale (en-GB: 24 November 2026) when the labels are in its
        // language, else the labels' language, so that one page never mixes two languages
        Locale dates = requested.getLanguage().equals(locale.getLanguage()) ? requested : locale;
        longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dates);
        dayName = DateTimeFormatter.ofPattern(bundle.getString("date.dayName"), dates);
        dayShort = DateTimeFormatter.ofPattern(bundle.getString("date.dayShort"), dates);
    }

    /** The language the labels are actually in. */
    Locale locale() {
        return locale;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    String date(LocalDate date) {
        return longDate.format(date);
    }

    String dayName(LocalDate date) {
        return dayName.format(date);
    }

    String dayShort(LocalDate date) {
        return dayShort.format(date);
    }
}
