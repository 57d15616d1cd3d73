package org.rehabrx.core.exercise;

public enum ExercisePurpose {
    INTRINSIC_FOOT_STRENGTH("Intrinsic foot strength"),
    TRANSVERSE_ARCH("Transverse arch of the forefoot"),
    LATERAL_FOOT_CONTROL("Lateral foot control"),
    LOAD_TOLERANCE("Load tolerance"),
    CIRCULATION("Circulation"),
    MOBILITY("Mobility");

    private final String label;

    ExercisePurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
