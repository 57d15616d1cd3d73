package org.rehabrx.report.handout;

import java.util.Locale;
import java.util.Objects;

/**
 * How one clinic's handouts look, fixed when the renderer is built.
 *
 * @param englishPaper the paper of handouts with English labels (a patient whose language has no
 *                     translation gets English labels and so this paper too); Spanish handouts are always A4
 */
public record ClinicStyle(Paper englishPaper) {

    /** A4 for every language. */
    public static final ClinicStyle DEFAULT = new ClinicStyle(Paper.A4);

    public ClinicStyle {
        Objects.requireNonNull(englishPaper, "englishPaper");
    }

    /** The paper of a handout whose labels are in {@code labelLanguage}. */
    Paper paperFor(Locale labelLanguage) {
        return "es".equals(labelLanguage.getLanguage()) ? Paper.A4 : englishPaper;
    }
}
