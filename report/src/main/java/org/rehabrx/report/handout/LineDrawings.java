package org.rehabrx.report.handout;

import java.awt.Color;

import org.rehabrx.core.exercise.ImagePosition;

/**
 * Simple, consistent vector line drawings of the start and end positions of the shipped forefoot
 * exercises, made for this project (no third-party artwork): the foot seen from the inner side, toes
 * to the right, on a grey floor line, with the props in grey. They show the change of position, not
 * anatomy; a clinician's own pictures replace them. They are drawn onto a {@link Pen}, so the same
 * description is written into the handout PDF and into the SVG shown on screen.
 */
final class LineDrawings {

    /** The drawing space, in units: 150 wide, 75 high, floor at y = 8. */
    static final float UNITS_WIDE = 150;
    static final float UNITS_HIGH = 75;
    private static final float FLOOR = 8;
    private static final Color PROP = new Color(0x80, 0x80, 0x80);

    private LineDrawings() {
    }

    /** Draws the picture of a shipped exercise's position; {@code false} when there is none for the key. */
    static boolean draw(Pen box, String key, ImagePosition position, float width, float height) {
        boolean start = position == ImagePosition.START;
        float scale = Math.min(width / UNITS_WIDE, height / UNITS_HIGH);
        box.saveState();
        box.concatCTM(scale, 0, 0, scale, (width - UNITS_WIDE * scale) / 2, (height - UNITS_HIGH * scale) / 2);
        box.roundLineEnds();
        boolean known = true;
        switch (key) {
            case "toe-curls" -> {
                towel(box, start);
                foot(box, 30, 0, start ? Toes.LONG : Toes.CURLED, 2);
            }
            case "marble-pick-up" -> {
                foot(box, 30, 0, start ? Toes.LONG : Toes.CURLED, 2);
                marble(box, start ? 137 : 118, start ? FLOOR + 4 : FLOOR + 9);
                if (start) {
                    marble(box, 145, FLOOR + 4);
                }
            }
            case "short-foot-doming" -> foot(box, 30, 0, Toes.LONG, start ? 2 : 9);
            case "heel-raises-to-hops" -> {
                foot(box, 30, start ? 0 : 16, Toes.LONG, 2);
                if (!start) {
                    arrow(box, 40, 40, 40, 58);
                }
            }
            case "barefoot-walking" -> {
                grass(box);
                if (start) {
                    foot(box, 10, 0, Toes.LONG, 2);
                } else {
                    foot(box, 50, 0, Toes.LONG, 2);
                    foot(box, 0, 20, Toes.LONG, 2);
                }
            }
            case "lateral-border-walking" -> frontView(box, start);
            case "warm-foot-soak" -> {
                if (!start) {
                    foot(box, 35, 0, Toes.LONG, 2);
                }
                bowl(box, start);
            }
            default -> known = false;
        }
        floor(box);
        box.restoreState();
        return known;
    }

    private enum Toes { LONG, CURLED }

    /**
     * A right foot seen from the inner side, heel at {@code x}, toes to the right, with the lower leg.
     *
     * @param heelLift degrees the heel is raised about the ball of the foot
     * @param arch     how high the inner arch rises above the floor, in units
     */
    private static void foot(Pen c, float x, float heelLift, Toes toes, float arch) {
        float ballX = x + 70;
        float y = FLOOR;
        double angle = Math.toRadians(heelLift);
        // rear part of the outline, lifted about the ball of the foot
        float[][] rear = {
                {x + 14, y + 56}, {x + 14, y + 36}, {x + 6, y + 26}, {x, y + 10}, {x + 3, y + 1},
                {x + 14, y}, {x + 40, y + arch}, {x + 62, y},
        };
        float[][] front = {
                {x + 28, y + 56}, {x + 28, y + 38}, {x + 44, y + 24}, {x + 72, y + 13},
        };
        lift(rear, ballX, y, angle);
        lift(front, ballX, y, angle);
        c.setColorStroke(Color.BLACK);
        c.setLineWidth(1.6f);
        // back of leg, heel and sole up to the ball
        c.moveTo(rear[0][0], rear[0][1]);
        for (int i = 1; i < rear.length; i++) {
            c.lineTo(rear[i][0], rear[i][1]);
        }
        c.lineTo(ballX, y);
        if (toes == Toes.LONG) {
            c.lineTo(ballX + 28, y + 1);
            c.lineTo(ballX + 30, y + 5);
            c.lineTo(ballX + 26, y + 9);
            c.lineTo(front[3][0], front[3][1]);
        } else {
            c.lineTo(ballX + 14, y + 1);
            c.lineTo(ballX + 17, y + 5);
            c.lineTo(ballX + 14, y + 14);
            c.lineTo(ballX + 6, y + 16);
            c.lineTo(front[3][0], front[3][1]);
        }
        for (int i = 2; i >= 0; i--) {
            c.lineTo(front[i][0], front[i][1]);
        }
        c.stroke();
        // the ankle bone, a small circle, makes it read as a foot
        c.setLineWidth(1f);
        float ankleX = (rear[1][0] + front[1][0]) / 2;
        float ankleY = (rear[1][1] + front[1][1]) / 2 - 4;
        c.circle(ankleX, ankleY, 2.5f);
        c.stroke();
    }

    private static void lift(float[][] points, float pivotX, float pivotY, double angle) {
        if (angle == 0) {
            return;
        }
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (float[] p : points) {
            double dx = p[0] - pivotX;
            double dy = p[1] - pivotY;
            p[0] = (float) (pivotX + dx * cos + dy * sin);
            p[1] = (float) (pivotY - dx * sin + dy * cos);
        }
    }

    private static void floor(Pen c) {
        c.setColorStroke(PROP);
        c.setLineWidth(1.2f);
        c.moveTo(2, FLOOR);
        c.lineTo(UNITS_WIDE - 2, FLOOR);
        c.stroke();
    }

    private static void towel(Pen c, boolean flat) {
        c.setColorStroke(PROP);
        c.setLineWidth(1.4f);
        if (flat) {
            c.moveTo(20, FLOOR + 1.5f);
            c.lineTo(145, FLOOR + 1.5f);
        } else {
            c.moveTo(20, FLOOR + 1.5f);
            c.lineTo(112, FLOOR + 1.5f);
            for (int i = 0; i < 4; i++) {
                float x = 112 + i * 7;
                c.curveTo(x + 1, FLOOR + 8, x + 6, FLOOR + 8, x + 7, FLOOR + 1.5f);
            }
            c.lineTo(145, FLOOR + 1.5f);
        }
        c.stroke();
    }

    private static void marble(Pen c, float x, float y) {
        c.setColorStroke(PROP);
        c.setLineWidth(1.2f);
        c.circle(x, y, 4);
        c.stroke();
    }

    private static void grass(Pen c) {
        c.setColorStroke(PROP);
        c.setLineWidth(0.8f);
        for (float x = 6; x < UNITS_WIDE - 4; x += 9) {
            c.moveTo(x, FLOOR);
            c.lineTo(x + 2, FLOOR + 4);
            c.moveTo(x + 4, FLOOR);
            c.lineTo(x + 3, FLOOR + 5);
        }
        c.stroke();
    }

    private static void arrow(Pen c, float x1, float y1, float x2, float y2) {
        c.setColorStroke(PROP);
        c.setLineWidth(1.2f);
        c.moveTo(x1, y1);
        c.lineTo(x2, y2);
        c.moveTo(x2 - 4, y2 - 5);
        c.lineTo(x2, y2);
        c.lineTo(x2 + 4, y2 - 5);
        c.stroke();
    }

    /** Both feet seen from the front; at the end each rolls onto its outer edge, the inner edge lifting. */
    private static void frontView(Pen c, boolean flat) {
        c.setColorStroke(Color.BLACK);
        c.setLineWidth(1.6f);
        float[] centres = {50, 100};
        for (int side = 0; side < 2; side++) {
            float cx = centres[side];
            float y = FLOOR;
            // outline of one foot and lower leg from the front, drawn as for the right-hand foot
            float[][] shape = {
                    {cx - 7, y + 62}, {cx - 7, y + 26}, {cx - 16, y + 10}, {cx - 17, y},
                    {cx + 17, y}, {cx + 15, y + 9}, {cx + 7, y + 26}, {cx + 7, y + 62},
            };
            if (side == 0) {
                for (float[] p : shape) {
                    p[0] = 2 * cx - p[0];
                }
            }
            if (!flat) {
                // roll about the outer bottom corner: the left foot's outer edge is on the left
                float pivot = side == 0 ? cx - 17 : cx + 17;
                rotate(shape, pivot, y, Math.toRadians(side == 0 ? 14 : -14));
            }
            c.moveTo(shape[0][0], shape[0][1]);
            for (int i = 1; i < shape.length; i++) {
                c.lineTo(shape[i][0], shape[i][1]);
            }
            c.stroke();
        }
    }

    /** Turns the points about (x, y) by the angle, counter-clockwise for a positive angle. */
    private static void rotate(float[][] points, float x, float y, double angle) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (float[] p : points) {
            double dx = p[0] - x;
            double dy = p[1] - y;
            p[0] = (float) (x + dx * cos - dy * sin);
            p[1] = (float) (y + dx * sin + dy * cos);
        }
    }

    private static void bowl(Pen c, boolean empty) {
        c.setColorStroke(PROP);
        c.setLineWidth(1.4f);
        c.moveTo(20, FLOOR + 34);
        c.lineTo(28, FLOOR);
        c.lineTo(132, FLOOR);
        c.lineTo(140, FLOOR + 34);
        c.stroke();
        // the water line
        c.setLineWidth(1f);
        c.setLineDash(3, 2, 0);
        c.moveTo(23, FLOOR + 24);
        c.lineTo(137, FLOOR + 24);
        c.stroke();
        c.setSolidLine();
        if (empty) {
            // a thermometer standing in the water
            c.setColorStroke(Color.BLACK);
            c.setLineWidth(1.2f);
            c.roundRectangle(106, FLOOR + 6, 6, 50, 3);
            c.circle(109, FLOOR + 8, 4);
            c.stroke();
        }
    }
}
