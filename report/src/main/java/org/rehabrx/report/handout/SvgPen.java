package org.rehabrx.report.handout;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes the drawing as an SVG picture of the given size in drawing units. PDF's y axis grows upwards from
 * the bottom left, SVG's downwards from the top left: one outer group flips the picture, so the drawing
 * keeps PDF's coordinates. Only numbers and fixed names are written; nothing from outside enters the text.
 */
final class SvgPen implements Pen {

    private final float width;
    private final float height;
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder path = new StringBuilder();
    private final Deque<Style> saved = new ArrayDeque<>();
    private Style style = new Style(Color.BLACK, 1f, false, null, 0, 0);
    private int openGroups;

    /** The stroke style and the number of groups opened for transforms since the state was saved. */
    private record Style(Color color, float width, boolean round, float[] dash, float dashPhase, int groups) {
    }

    SvgPen(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /** The picture drawn so far, as a complete {@code <svg>} element. */
    String svg() {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(number(width)).append(' ')
                .append(number(height)).append("\">");
        svg.append("<g transform=\"matrix(1 0 0 -1 0 ").append(number(height)).append(")\">");
        svg.append(body);
        svg.append("</g>".repeat(openGroups));
        svg.append("</g></svg>");
        return svg.toString();
    }

    @Override
    public void saveState() {
        saved.push(withGroups(openGroups));
    }

    @Override
    public void restoreState() {
        if (saved.isEmpty()) {
            throw new IllegalStateException("restoreState without saveState");
        }
        var restored = saved.pop();
        while (openGroups > restored.groups()) {
            body.append("</g>");
            openGroups--;
        }
        style = restored;
    }

    @Override
    public void concatCTM(float a, float b, float c, float d, float e, float f) {
        body.append("<g transform=\"matrix(").append(number(a)).append(' ').append(number(b)).append(' ')
                .append(number(c)).append(' ').append(number(d)).append(' ').append(number(e)).append(' ')
                .append(number(f)).append(")\">");
        openGroups++;
    }

    @Override
    public void roundLineEnds() {
        style = new Style(style.color(), style.width(), true, style.dash(), style.dashPhase(), style.groups());
    }

    @Override
    public void setColorStroke(Color color) {
        style = new Style(color, style.width(), style.round(), style.dash(), style.dashPhase(), style.groups());
    }

    @Override
    public void setLineWidth(float lineWidth) {
        style = new Style(style.color(), lineWidth, style.round(), style.dash(), style.dashPhase(), style.groups());
    }

    @Override
    public void setLineDash(float on, float off, float phase) {
        style = new Style(style.color(), style.width(), style.round(), new float[] {on, off}, phase, style.groups());
    }

    @Override
    public void setSolidLine() {
        style = new Style(style.color(), style.width(), style.round(), null, 0, style.groups());
    }

    @Override
    public void moveTo(float x, float y) {
        path.append('M').append(number(x)).append(' ').append(number(y));
    }

    @Override
    public void lineTo(float x, float y) {
        path.append('L').append(number(x)).append(' ').append(number(y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.append('C').append(number(x1)).append(' ').append(number(y1)).append(' ').append(number(x2))
                .append(' ').append(number(y2)).append(' ').append(number(x3)).append(' ').append(number(y3));
    }

    @Override
    public void circle(float x, float y, float radius) {
        String r = number(radius);
        String arc = "A" + r + ' ' + r + " 0 1 1 ";
        path.append('M').append(number(x + radius)).append(' ').append(number(y))
                .append(arc).append(number(x - radius)).append(' ').append(number(y))
                .append(arc).append(number(x + radius)).append(' ').append(number(y)).append('Z');
    }

    @Override
    public void roundRectangle(float x, float y, float w, float h, float radius) {
        // counter-clockwise with y upwards, so every corner turns the positive way (sweep flag 1)
        String r = number(radius);
        String corner = "A" + r + ' ' + r + " 0 0 1 ";
        path.append('M').append(number(x + radius)).append(' ').append(number(y))
                .append('L').append(number(x + w - radius)).append(' ').append(number(y))
                .append(corner).append(number(x + w)).append(' ').append(number(y + radius))
                .append('L').append(number(x + w)).append(' ').append(number(y + h - radius))
                .append(corner).append(number(x + w - radius)).append(' ').append(number(y + h))
                .append('L').append(number(x + radius)).append(' ').append(number(y + h))
                .append(corner).append(number(x)).append(' ').append(number(y + h - radius))
                .append('L').append(number(x)).append(' ').append(number(y + radius))
                .append(corner).append(number(x + radius)).append(' ').append(number(y)).append('Z');
    }

    @Override
    public void stroke() {
        if (path.isEmpty()) {
            return;
        }
        body.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"")
                .append(String.format("#%06x", style.color().getRGB() & 0xFFFFFF))
                .append("\" stroke-width=\"").append(number(style.width())).append('"');
        if (style.round()) {
            body.append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
        }
        if (style.dash() != null) {
            body.append(" stroke-dasharray=\"").append(number(style.dash()[0])).append(' ')
                    .append(number(style.dash()[1])).append("\" stroke-dashoffset=\"")
                    .append(number(style.dashPhase())).append('"');
        }
        body.append("/>");
        path.setLength(0);
    }

    private Style withGroups(int groups) {
        return new Style(style.color(), style.width(), style.round(), style.dash(), style.dashPhase(), groups);
    }

    /** A plain decimal with at most three places: no exponent, no locale, no "-0". */
    static String number(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        var rounded = new BigDecimal(Float.toString(value)).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }
}
