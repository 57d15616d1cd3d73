package org.rehabrx.core.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Validation of the free text that clinicians type, with messages they can act on. */
public final class Text {

    private Text() {
    }

    /** Trimmed, non-blank and at most {@code maxLength} characters. */
    public static String required(@Nullable String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Enter " + what + ".");
        }
        return limited(value.strip(), what, maxLength);
    }

    /** Trimmed, empty when not given, at most {@code maxLength} characters. */
    public static String optional(@Nullable String value, String what, int maxLength) {
        return value == null ? "" : limited(value.strip(), what, maxLength);
    }

    /** An immutable copy without blank entries, each entry trimmed and limited. */
    public static List<String> lines(@Nullable List<String> values, String what, int maxLength) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(value -> value != null && !value.isBlank())
                .map(value -> limited(value.strip(), what, maxLength))
                .toList();
    }

    private static String limited(String value, String what, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(
                    capitalised(what) + " is too long: at most " + maxLength + " characters.");
        }
        return value;
    }

    private static String capitalised(String what) {
        String noArticle = what.replaceFirst("^(a|an|the) ", "");
        return Character.toUpperCase(noArticle.charAt(0)) + noArticle.substring(1);
    }
}
