package org.rehabrx.web.treatment.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.treatment.PatientRecord;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** One pain trend chart per exercise with logs, each with its summary in words beside it. */
class PainTrendPanel extends Panel {

    PainTrendPanel(PatientRecord record) {
        super("treatment-trend");
        heading(getTranslation("treatment.trend.heading"));
        var programme = record.programme();
        var exercises = new LinkedHashSet<ExerciseId>();
        if (programme != null) {
            programme.content().exercises().stream().map(PrescribedExercise::exercise).forEach(exercises::add);
        }
        record.painTrend().stream().map(SessionLog::exercise).forEach(exercises::add);
        var formats = new Formats(getLocale());
        int index = 0;
        var charts = new Div();
        charts.addClassName("treatment-charts");
        for (var exercise : exercises) {
            var logs = record.painTrend().stream().filter(log -> log.exercise().equals(exercise))
                    .sorted(Comparator.comparing(SessionLog::date)).toList();
            if (!logs.isEmpty()) {
                charts.add(chart(record, exercise, logs, formats, ++index));
            }
        }
        if (index == 0) {
            var none = new Paragraph(getTranslation("treatment.trend.none"));
            none.addClassName("treatment-muted");
            add(none);
        } else {
            add(charts);
        }
    }

    private Div chart(PatientRecord record, ExerciseId exercise, List<SessionLog> logs, Formats formats, int index) {
        var name = record.exerciseName(exercise);
        int limit = limitFor(record, exercise);
        var summary = summary(logs, formats);
        var labels = new PainTrendChart.Labels(getTranslation("treatment.trend.chartTitle", name), summary,
                getTranslation("treatment.trend.dateAxis"), getTranslation("treatment.trend.painAxis"),
                getTranslation("treatment.trend.painDuring"), getTranslation("treatment.trend.painNextMorning"),
                getTranslation("treatment.trend.limit", limit), getTranslation("treatment.trend.none"));
        var points = new ArrayList<PainTrendChart.Point>();
        for (var log : logs) {
            points.add(new PainTrendChart.Point(log.date(), value(log.painDuring()), value(log.painNextMorning())));
        }
        var svg = new Svg(PainTrendChart.svg(points, limit, labels, formats.shortDay(), "treatment-chart-" + index));
        svg.addClassName("treatment-chart");
        var text = new Paragraph(summary);
        text.addClassName("treatment-chart-summary");
        var box = new Div(new H4(name), svg, text);
        box.addClassName("treatment-chart-box");
        return box;
    }

    /** The dosage's own pain limit where it is stricter than the programme's hold limit. */
    private static int limitFor(PatientRecord record, ExerciseId exercise) {
        var programme = record.programme();
        if (programme == null) {
            return 5;
        }
        int hold = programme.content().rules().holdMaxPain();
        return programme.content().prescribed(exercise)
                .map(prescribed -> Math.min(hold, prescribed.dosage().painLimit().value()))
                .orElse(hold);
    }

    private String summary(List<SessionLog> logs, Formats formats) {
        var latest = logs.getLast();
        var highest = logs.stream().map(SessionLog::painDuring).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        var first = logs.getFirst().date();
        if (first.equals(latest.date())) {
            return getTranslation("treatment.trend.summaryOneDay", logs.size(), formats.date(first),
                    Formats.pain(latest.painDuring()), Formats.pain(latest.painNextMorning()),
                    highest.map(Formats::pain).orElse("—"));
        }
        return getTranslation("treatment.trend.summary", logs.size(), formats.date(first),
                formats.date(latest.date()), Formats.pain(latest.painDuring()), Formats.pain(latest.painNextMorning()),
                highest.map(Formats::pain).orElse("—"));
    }

    private static @Nullable Integer value(@Nullable PainScore pain) {
        return pain == null ? null : pain.value();
    }
}
