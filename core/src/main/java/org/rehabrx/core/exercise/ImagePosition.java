package org.rehabrx.core.exercise;

/** Handouts show both positions side by side, so an exercise has an image of each. */
public enum ImagePosition {
    START,
    END
}
