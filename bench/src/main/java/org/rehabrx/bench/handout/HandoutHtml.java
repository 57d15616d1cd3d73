package org.rehabrx.bench.handout;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.report.handout.Handout;

/**
 * The handout's content as one XHTML page for the HTML-to-PDF route: the same sections, words and order as
 * {@link org.rehabrx.report.handout.HandoutRenderer} (English labels), with CSS for A4 pages, a running
 * header and "Page n of m" footer. The exercise pictures are dashed boxes with their caption, not the
 * renderer's vector line drawings (inline SVG would need openhtmltopdf's Batik module), which makes this
 * route's work a little lighter than OpenPDF's.
 */
final class HandoutHtml {

    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);
    private static final DateTimeFormatter DAY_NAME = DateTimeFormatter.ofPattern("EEE", Locale.UK);
    private static final DateTimeFormatter DAY_SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private static final String CSS = """
            @page { size: A4; margin: 110pt 42pt 60pt 42pt;
              @top-left { content: element(header); }
              @bottom-left { content: "Printed %PRINTED%"; font-family: 'Liberation Sans'; font-size: 10pt; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'Liberation Sans'; font-size: 10pt; } }
            body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.3; }
            #header { position: running(header); width: 100%; font-size: 10pt; }
            #header table { width: 100%; border-collapse: collapse; }
            #header td { border: none; padding: 1pt 1pt 3pt 1pt; }
            h1 { font-size: 20pt; margin: 0 0 4pt 0; }
            h2 { font-size: 16pt; margin: 10pt 0 6pt 0; }
            h3 { font-size: 13pt; margin: 0 0 2pt 0; }
            table { width: 100%; border-collapse: collapse; margin-bottom: 8pt; }
            td, th { border: 0.5pt solid black; padding: 5pt 5pt 7pt 5pt; vertical-align: top; text-align: left; }
            .label { font-weight: bold; width: 25%; }
            .shade { background-color: #E6E6E6; }
            .strong-shade { background-color: #D0D0D0; }
            .exercise { page-break-inside: avoid; border: 0.5pt solid black; margin-bottom: 14pt; }
            .exercise .title { background-color: #E6E6E6; padding: 5pt 5pt 6pt 5pt; border-bottom: 0.5pt solid black; }
            .pictures { width: 100%; border: none; margin: 0; }
            .pictures td { border: none; width: 50%; padding: 6pt 4pt 4pt 4pt; text-align: center; }
            .picture { height: 81pt; border: 1pt dashed #707070; text-align: center; font-style: italic; line-height: 81pt; }
            .caption { font-weight: bold; font-size: 10pt; }
            .how { padding: 2pt 8pt 8pt 8pt; }
            .how ol { margin: 0; padding-left: 17pt; }
            .caution { border: 2pt solid black; background-color: #E6E6E6; padding: 8pt; margin: 0; }
            .block { page-break-inside: avoid; }
            .important { border: 2.5pt solid black; background-color: #E6E6E6; padding: 10pt; margin-bottom: 10pt; }
            .diary { page-break-before: always; }
            .week { page-break-inside: avoid; margin-bottom: 12pt; }
            .week td { height: 20pt; }
            .week .day { text-align: center; font-size: 10pt; width: 8.4%; }
            .week .cell { text-align: right; vertical-align: bottom; color: #606060; font-size: 9pt; }
            .new-page { page-break-before: always; }
            """;

    private final Handout handout;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HandoutHtml(Handout handout) {
        this.handout = handout;
    }

    static String of(Handout handout) {
        return new HandoutHtml(handout).page();
    }

    private String page() {
        var content = handout.content();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">")
                .append("<head><title>").append(esc("Home exercise programme: " + content.title()))
                .append("</title><style>").append(CSS.replace("%PRINTED%", date(handout.printedOn())))
                .append("</style></head><body>");
        header();
        atAGlance();
        exercises();
        orthotics();
        education();
        progression();
        diary();
        contact();
        out.append("</body></html>");
        return out.toString();
    }

    private void header() {
        var patient = handout.patient();
        var version = handout.version();
        out.append("<div id=\"header\"><table><tr><td style=\"font-weight:bold;font-size:12pt\">")
                .append(esc(handout.clinicName())).append("</td><td style=\"text-align:right\">Version ")
                .append(version.number()).append(" · ")
                .append(esc(date(LocalDate.ofInstant(version.createdAt(), ZoneOffset.UTC))))
                .append("</td></tr><tr><td style=\"font-weight:bold\">").append(esc(patient.name())).append(" · Ref. ")
                .append(esc(patient.reference().value())).append("</td><td style=\"text-align:right\">Prescribed by ")
                .append(esc(handout.clinicianName())).append("</td></tr><tr><td colspan=\"2\">")
                .append(esc(handout.content().title())).append("</td></tr></table></div>");
    }

    private void atAGlance() {
        var content = handout.content();
        out.append("<h1>").append(esc(content.title())).append("</h1><h2>Your programme at a glance</h2><table>");
        row("Goal", content.goal().isEmpty() ? "—" : content.goal());
        row("Start date", date(content.startDate()));
        row("Review date", date(content.reviewDate()));
        var days = content.exercises().stream().mapToInt(p -> p.dosage().daysPerWeek()).summaryStatistics();
        row("How often", days.getMin() == days.getMax()
                ? days.getMin() + " days a week, as set out for each exercise"
                : days.getMin() + " to " + days.getMax() + " days a week, as set out for each exercise");
        out.append("</table><h3>Your exercises</h3><table>");
        int number = 1;
        for (var prescribed : content.exercises()) {
            out.append("<tr><td style=\"font-weight:bold;width:33%\">").append(number++).append(". ")
                    .append(esc(handout.exerciseOf(prescribed).name())).append("</td><td>")
                    .append(esc(prescribed.dosage().sentence(Locale.ENGLISH))).append("</td></tr>");
        }
        out.append("</table>");
    }

    private void exercises() {
        out.append("<h2 class=\"new-page\">Your exercises</h2>");
        int number = 1;
        for (var prescribed : handout.content().exercises()) {
            exercise(number++, prescribed);
        }
    }

    private void exercise(int number, PrescribedExercise prescribed) {
        Exercise exercise = handout.exerciseOf(prescribed);
        var description = exercise.description();
        var level = exercise.level(prescribed.level());
        out.append("<div class=\"exercise\"><div class=\"title\"><h3>").append(number).append(". ")
                .append(esc(exercise.name())).append("</h3>Level ").append(level.number()).append(": ")
                .append(esc(level.name())).append("</div>")
                .append("<table class=\"pictures\"><tr>")
                .append("<td><div class=\"picture\">No picture</div><div class=\"caption\">Start position</div></td>")
                .append("<td><div class=\"picture\">No picture</div><div class=\"caption\">End position</div></td>")
                .append("</tr></table><div class=\"how\">");
        if (!description.equipment().isEmpty()) {
            out.append("<p><b>You need: </b>").append(esc(String.join("; ", description.equipment()))).append("</p>");
        }
        out.append("<p style=\"margin-bottom:2pt\"><b>How to do it</b></p><ol>");
        for (var step : description.steps()) {
            out.append("<li>").append(esc(step)).append("</li>");
        }
        out.append("</ol>");
        if (!level.instructions().isEmpty()) {
            out.append("<p><b>At your level: </b>").append(esc(level.instructions())).append("</p>");
        }
        out.append("<p><b>How much: </b>").append(esc(prescribed.dosage().sentence(Locale.ENGLISH))).append("</p>")
                .append("<p><b>Stop if pain goes above ").append(prescribed.dosage().painLimit().value())
                .append("/10.</b></p>");
        if (!prescribed.clinicianNote().isEmpty()) {
            out.append("<p><b>Note from your clinician: </b><i>").append(esc(prescribed.clinicianNote()))
                    .append("</i></p>");
        }
        out.append("</div>");
        boolean caution = handout.content().acknowledgements().stream()
                .anyMatch(ack -> ack.exercise().equals(exercise.id()));
        if (caution) {
            out.append("<div class=\"caution\"><p><b>Take extra care with this exercise</b></p>")
                    .append("<p>Your clinician has checked that this exercise suits you, but for you it needs extra")
                    .append(" care. Follow these precautions:</p><ul>");
            for (var precaution : description.precautions()) {
                out.append("<li>").append(esc(precaution)).append("</li>");
            }
            out.append("</ul></div>");
        }
        out.append("</div>");
    }

    private void orthotics() {
        out.append("<h2>Pads, insoles and footwear</h2>");
        for (OrthoticNote note : handout.content().orthoticNotes()) {
            out.append("<table class=\"block\"><tr><td colspan=\"2\" class=\"shade\"><h3>")
                    .append(esc(switch (note.type()) {
                        case METATARSAL_PAD -> "Metatarsal pad inside the shoe";
                        case SOLE_MODIFICATION -> "Sole modification (metatarsal bar or rocker sole)";
                        case FOOT_ORTHOSIS -> "Foot orthosis or custom insole";
                        case FOOTWEAR_CHANGE -> "Change of footwear";
                    })).append("</h3></td></tr>");
            row("Side", switch (note.side()) {
                case LEFT -> "Left foot";
                case RIGHT -> "Right foot";
                case BOTH -> "Both feet";
            });
            if (!note.placement().isEmpty()) {
                row("Where it goes", note.placement());
            }
            row("When to wear it", note.wearSchedule());
            if (!note.instructions().isEmpty()) {
                row("What to do", note.instructions());
            }
            out.append("</table>");
        }
    }

    private void education() {
        out.append("<h2>Advice for you</h2>");
        for (EducationBlock block : handout.educationBlocksInOrder()) {
            out.append(block.isMedicalReview() ? "<div class=\"block important\"><p><b>! Important</b></p>"
                    : "<div class=\"block\">");
            out.append("<h3>").append(esc(block.title())).append("</h3>");
            for (var paragraph : block.paragraphs()) {
                out.append("<p>").append(esc(paragraph)).append("</p>");
            }
            var repeat = block.repeat();
            if (repeat != null) {
                out.append("<p><b>Repeat every ").append(repeat.minMonths()).append(" to ").append(repeat.maxMonths())
                        .append(" months.</b></p>");
            }
            out.append("</div>");
        }
    }

    private void progression() {
        out.append("<div class=\"block\"><h2>How your programme will progress</h2><ul>");
        for (var line : handout.content().rules().plainLanguage()) {
            out.append("<li>").append(esc(line)).append("</li>");
        }
        out.append("</ul></div>");
    }

    /** 4 weekly tables of 7 exercise rows × 7 day columns: 28 day columns in all, as the OpenPDF diary. */
    private void diary() {
        var content = handout.content();
        out.append("<div class=\"diary\"><h2>Exercise diary</h2><p>Each day you do an exercise, write in its box how")
                .append(" much pain you had during it, from 0 (no pain) to 10 (worst imaginable). Leave the box empty")
                .append(" on days you did not do it. Bring this diary to your review on ")
                .append(esc(date(content.reviewDate()))).append(".</p></div>");
        for (int week = 1; week <= 4; week++) {
            LocalDate first = content.startDate().plusWeeks(week - 1);
            out.append("<table class=\"week\"><thead><tr><td colspan=\"8\" class=\"strong-shade\"><b>Week ")
                    .append(week).append(": ").append(esc(date(first))).append(" to ")
                    .append(esc(date(first.plusDays(6)))).append("</b></td></tr><tr><td class=\"shade\"><b>Exercise</b></td>");
            for (int day = 0; day < 7; day++) {
                LocalDate date = first.plusDays(day);
                out.append("<td class=\"shade day\"><b>").append(DAY_NAME.format(date)).append("</b><br/>")
                        .append(DAY_SHORT.format(date)).append("</td>");
            }
            out.append("</tr></thead><tbody>");
            int number = 1;
            for (var prescribed : content.exercises()) {
                out.append("<tr><td>").append(number++).append(". ")
                        .append(esc(handout.exerciseOf(prescribed).name())).append("</td>");
                for (int day = 0; day < 7; day++) {
                    out.append("<td class=\"cell\">/10</td>");
                }
                out.append("</tr>");
            }
            out.append("</tbody></table>");
        }
    }

    private void contact() {
        out.append("<table class=\"block\"><tr><td colspan=\"2\" class=\"shade\"><h3>Questions? Contact your clinician")
                .append("</h3></td></tr>");
        row("Your clinician", handout.clinicianName());
        row("Clinic", handout.clinicName());
        if (!handout.clinicianContact().isEmpty()) {
            row("How to reach us", handout.clinicianContact());
        }
        out.append("<tr><td colspan=\"2\">If your pain gets much worse, or you are unsure about an exercise, stop that")
                .append(" exercise and contact your clinician.</td></tr></table>");
    }

    private void row(String label, String value) {
        out.append("<tr><td class=\"label\">").append(esc(label)).append("</td><td>").append(esc(value))
                .append("</td></tr>");
    }

    private static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    private static String esc(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
