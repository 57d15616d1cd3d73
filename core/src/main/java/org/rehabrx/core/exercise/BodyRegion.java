package org.rehabrx.core.exercise;

public enum BodyRegion {
    FOREFOOT("Forefoot"),
    FOOT_AND_ANKLE("Foot and ankle"),
    LOWER_LEG("Lower leg");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
