package org.rehabrx.web.treatment.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A pain trend drawn on the server as SVG markup: pain during and next-morning pain (0–10) over time for one
 * exercise, with a dashed line at the pain limit. The two series differ in line style and marker shape as well
 * as colour, so the chart reads in greyscale; every text is escaped. The width follows the container through the
 * view box.
 */
public final class PainTrendChart {

    /** One session as the chart needs it; a missing rating is left out of its series. */
    public record Point(LocalDate date, @Nullable Integer painDuring, @Nullable Integer painNextMorning) {

        public Point {
            Objects.requireNonNull(date, "date");
        }
    }

    /** The chart's words, already in the reader's language. */
    public record Labels(String title, String summary, String dateAxis, String painAxis, String painDuring,
                         String painNextMorning, String painLimit, String noSessions) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final int LEFT = 52;
    private static final int RIGHT = 20;
    private static final int TOP = 44;
    private static final int BOTTOM = 56;
    private static final int INSET = 14;
    private static final int MAX_DATE_TICKS = 6;
    static final String DURING_COLOUR = "#1a6a85";
    static final String MORNING_COLOUR = "#a8431a";
    private static final String LIMIT_COLOUR = "#5f6b73";
    private static final String GRID_COLOUR = "#d9dee2";
    private static final String TEXT_COLOUR = "#333f48";

    private PainTrendChart() {
    }

    /**
     * @param points   the sessions, in any order
     * @param limit    the pain limit drawn as a dashed line, 0–10
     * @param idPrefix a prefix unique on the page for the title and description ids
     */
    public static String svg(List<Point> points, int limit, Labels labels, DateTimeFormatter dateFormat,
                             String idPrefix) {
        if (limit < 0 || limit > 10) {
            throw new IllegalArgumentException("A pain limit is from 0 to 10; got " + limit + ".");
        }
        var sorted = points.stream().sorted(Comparator.comparing(Point::date)).toList();
        var id = escape(idPrefix);
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" class=\"treatment-chart-svg\" preserveAspectRatio=\"xMidYMid meet\""
                        + " font-family=\"sans-serif\" font-size=\"12\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(labels.title())).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(labels.summary())).append("</desc>");
        painAxis(svg, labels);
        limitLine(svg, limit, labels);
        legend(svg, labels);
        if (sorted.isEmpty()) {
            text(svg, LEFT + plotWidth() / 2.0, TOP + plotHeight() / 2.0, "middle", "treatment-chart-empty",
                    labels.noSessions());
        } else {
            var first = sorted.getFirst().date();
            var last = sorted.getLast().date();
            dateAxis(svg, sorted, first, last, labels, dateFormat);
            series(svg, sorted, Point::painDuring, first, last, "during", DURING_COLOUR, "", false);
            series(svg, sorted, Point::painNextMorning, first, last, "morning", MORNING_COLOUR, "9 4", true);
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static void painAxis(StringBuilder svg, Labels labels) {
        for (int pain = 0; pain <= 10; pain += 2) {
            double y = y(pain);
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(number(y)).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(number(y)).append("\" stroke=\"")
                    .append(GRID_COLOUR).append("\" stroke-width=\"1\"/>");
            text(svg, LEFT - 8, y + 4, "end", "treatment-chart-tick", Integer.toString(pain));
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(TOP + plotHeight()).append("\" stroke=\"").append(TEXT_COLOUR)
                .append("\" stroke-width=\"1\"/>");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plotHeight()).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(TOP + plotHeight()).append("\" stroke=\"")
                .append(TEXT_COLOUR).append("\" stroke-width=\"1\"/>");
        double middle = TOP + plotHeight() / 2.0;
        svg.append("<text x=\"0\" y=\"0\" transform=\"translate(14 ").append(number(middle))
                .append(") rotate(-90)\" text-anchor=\"middle\" fill=\"").append(TEXT_COLOUR)
                .append("\" class=\"treatment-chart-axis\">").append(escape(labels.painAxis())).append("</text>");
    }

    private static void limitLine(StringBuilder svg, int limit, Labels labels) {
        double y = y(limit);
        svg.append("<line class=\"treatment-chart-limit\" x1=\"").append(LEFT).append("\" y1=\"").append(number(y))
                .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(number(y))
                .append("\" stroke=\"").append(LIMIT_COLOUR)
                .append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 4\"/>");
        text(svg, WIDTH - RIGHT - 4, y - 5, "end", "treatment-chart-limit-label", labels.painLimit());
    }

    private static void legend(StringBuilder svg, Labels labels) {
        double y = 18;
        double x = LEFT;
        x = legendEntry(svg, x, y, DURING_COLOUR, "", false, labels.painDuring());
        x = legendEntry(svg, x, y, MORNING_COLOUR, "9 4", true, labels.painNextMorning());
        svg.append("<line x1=\"").append(number(x)).append("\" y1=\"").append(number(y)).append("\" x2=\"")
                .append(number(x + 28)).append("\" y2=\"").append(number(y)).append("\" stroke=\"")
                .append(LIMIT_COLOUR).append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 4\"/>");
        text(svg, x + 34, y + 4, "start", "treatment-chart-legend", labels.painLimit());
    }

    private static double legendEntry(StringBuilder svg, double x, double y, String colour, String dashes,
                                      boolean square, String label) {
        svg.append("<line x1=\"").append(number(x)).append("\" y1=\"").append(number(y)).append("\" x2=\"")
                .append(number(x + 28)).append("\" y2=\"").append(number(y)).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2.5\"").append(dashes.isEmpty() ? "" : " stroke-dasharray=\"" + dashes + "\"")
                .append("/>");
        marker(svg, x + 14, y, colour, square);
        text(svg, x + 34, y + 4, "start", "treatment-chart-legend", label);
        return x + 34 + 7.0 * label.length() + 22;
    }

    private static void dateAxis(StringBuilder svg, List<Point> sorted, LocalDate first, LocalDate last,
                                 Labels labels, DateTimeFormatter dateFormat) {
        var dates = sorted.stream().map(Point::date).distinct().toList();
        var ticks = new ArrayList<LocalDate>();
        if (dates.size() <= MAX_DATE_TICKS) {
            ticks.addAll(dates);
        } else {
            for (int i = 0; i < MAX_DATE_TICKS; i++) {
                ticks.add(dates.get((int) Math.round(i * (dates.size() - 1) / (double) (MAX_DATE_TICKS - 1))));
            }
        }
        double baseline = TOP + plotHeight();
        for (var date : ticks.stream().distinct().toList()) {
            double x = x(date, first, last);
            svg.append("<line x1=\"").append(number(x)).append("\" y1=\"").append(number(baseline))
                    .append("\" x2=\"").append(number(x)).append("\" y2=\"").append(number(baseline + 5))
                    .append("\" stroke=\"").append(TEXT_COLOUR).append("\" stroke-width=\"1\"/>");
            text(svg, x, baseline + 18, "middle", "treatment-chart-tick", dateFormat.format(date));
        }
        text(svg, LEFT + plotWidth() / 2.0, HEIGHT - 10, "middle", "treatment-chart-axis", labels.dateAxis());
    }

    private static void series(StringBuilder svg, List<Point> sorted, Function<Point, @Nullable Integer> pain,
                               LocalDate first, LocalDate last, String name, String colour, String dashes,
                               boolean square) {
        var coordinates = new ArrayList<double[]>();
        for (var point : sorted) {
            var value = pain.apply(point);
            if (value != null) {
                coordinates.add(new double[] {x(point.date(), first, last), y(Math.clamp(value, 0, 10))});
            }
        }
        svg.append("<g class=\"treatment-chart-series treatment-chart-").append(name).append("\">");
        if (coordinates.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"")
                    .append(dashes.isEmpty() ? "" : " stroke-dasharray=\"" + dashes + "\"").append(" points=\"");
            for (int i = 0; i < coordinates.size(); i++) {
                svg.append(i == 0 ? "" : " ").append(number(coordinates.get(i)[0])).append(',')
                        .append(number(coordinates.get(i)[1]));
            }
            svg.append("\"/>");
        }
        for (var coordinate : coordinates) {
            marker(svg, coordinate[0], coordinate[1], colour, square);
        }
        svg.append("</g>");
    }

    private static void marker(StringBuilder svg, double x, double y, String colour, boolean square) {
        if (square) {
            svg.append("<rect class=\"treatment-chart-marker\" x=\"").append(number(x - 4.5)).append("\" y=\"")
                    .append(number(y - 4.5)).append("\" width=\"9\" height=\"9\" fill=\"#ffffff\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"2\"/>");
        } else {
            svg.append("<circle class=\"treatment-chart-marker\" cx=\"").append(number(x)).append("\" cy=\"")
                    .append(number(y)).append("\" r=\"4.5\" fill=\"").append(colour).append("\"/>");
        }
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String cssClass, String text) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" fill=\"").append(TEXT_COLOUR).append("\" class=\"").append(cssClass)
                .append("\">").append(escape(text)).append("</text>");
    }

    private static double x(LocalDate date, LocalDate first, LocalDate last) {
        long span = ChronoUnit.DAYS.between(first, last);
        double width = plotWidth() - 2.0 * INSET;
        if (span == 0) {
            return LEFT + plotWidth() / 2.0;
        }
        return LEFT + INSET + width * ChronoUnit.DAYS.between(first, date) / span;
    }

    private static double y(int pain) {
        return TOP + plotHeight() * (10 - pain) / 10.0;
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text and attribute values as XML: nothing a clinician or patient typed can become markup. */
    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
