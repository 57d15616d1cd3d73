package org.rehabrx.report.handout;

import java.awt.Color;

/**
 * The few drawing operations the line drawings use, in PDF's terms: y grows upwards, a path is built with
 * moves, lines and curves and is drawn by {@link #stroke()} in the current stroke style; {@link #saveState()}
 * and {@link #restoreState()} bracket changes of the transform and of the style. One drawing description
 * made of these calls can be written into a PDF page or into an SVG picture.
 */
interface Pen {

    void saveState();

    void restoreState();

    /** Multiplies the current transform by the matrix [a b c d e f], as PDF's {@code cm}. */
    void concatCTM(float a, float b, float c, float d, float e, float f);

    /** Round line joins and round line ends from now on. */
    void roundLineEnds();

    void setColorStroke(Color color);

    void setLineWidth(float width);

    /** A dashed line: {@code on} units drawn, {@code off} units left out, starting {@code phase} units in. */
    void setLineDash(float on, float off, float phase);

    /** A solid line again. */
    void setSolidLine();

    void moveTo(float x, float y);

    void lineTo(float x, float y);

    /** A cubic Bézier curve from the current point through the control points to (x3, y3). */
    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3);

    /** Adds a closed circle to the path. */
    void circle(float x, float y, float radius);

    /** Adds a closed rectangle with rounded corners to the path, its lower left corner at (x, y). */
    void roundRectangle(float x, float y, float width, float height, float radius);

    /** Draws the path built so far in the current stroke style and starts a new one. */
    void stroke();
}
