package org.rehabrx.core.shared;

/** Which foot (or limb) something applies to. */
public enum Side {
    LEFT("left"),
    RIGHT("right"),
    BOTH("both");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /** Lower-case word for sentences: "left foot", "both feet". */
    public String label() {
        return label;
    }
}
