package org.rehabrx.report.handout;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How one clinic's handouts look, fixed when the renderer is built.
 *
 * @param logo         the clinic's logo beside its name in every page header, if any
 * @param englishPaper the paper of handouts with English labels (a patient whose language has no
 *                     translation gets English labels and so this paper too); Spanish handouts are always A4
 */
public record ClinicStyle(Optional<ClinicLogo> logo, Paper englishPaper) {

    /** No logo, A4 for every language. */
    public static final ClinicStyle DEFAULT = new ClinicStyle(Optional.empty(), Paper.A4);

    public ClinicStyle {
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(englishPaper, "englishPaper");
    }

    /** No logo, English handouts on {@code englishPaper}. */
    public ClinicStyle(Paper englishPaper) {
        this(Optional.empty(), englishPaper);
    }

    /** The paper of a handout whose labels are in {@code labelLanguage}. */
    Paper paperFor(Locale labelLanguage) {
        return "es".equals(labelLanguage.getLanguage()) ? Paper.A4 : englishPaper;
    }
}
