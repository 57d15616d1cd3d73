package org.rehabrx.core.education;

public enum EducationTopic {
    FOOTWEAR("Footwear advice"),
    CALLUS_CARE("Callus care"),
    EXERCISE_PRECAUTIONS("Exercising safely"),
    MEDICAL_REVIEW("When to seek medical review");

    private final String label;

    EducationTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
