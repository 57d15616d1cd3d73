package org.rehabrx.report.handout;

import java.util.Optional;

import org.rehabrx.core.exercise.ImagePosition;

/**
 * The standard line drawings of the shipped exercises, as printed on the handout, for showing on screen.
 * The SVG text is made entirely by this code from numbers and fixed names, so it can be placed in a page
 * as it is.
 */
public final class ExerciseDrawings {

    private ExerciseDrawings() {
    }

    /**
     * The drawing of a position of the shipped exercise with this key as an {@code <svg>} element that scales
     * to the width it is given; empty when the key is {@code null} or has no drawing.
     */
    public static Optional<String> svg(String exerciseKey, ImagePosition position) {
        if (exerciseKey == null || position == null) {
            return Optional.empty();
        }
        var pen = new SvgPen(LineDrawings.UNITS_WIDE, LineDrawings.UNITS_HIGH);
        return LineDrawings.draw(pen, exerciseKey, position, LineDrawings.UNITS_WIDE, LineDrawings.UNITS_HIGH)
                ? Optional.of(pen.svg())
                : Optional.empty();
    }
}
