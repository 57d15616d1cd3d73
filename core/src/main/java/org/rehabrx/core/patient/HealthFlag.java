package org.rehabrx.core.patient;

/**
 * A fact about a patient that makes some exercises need caution. Exercises carry the flags they are
 * sensitive to; where the two meet, a caution must be acknowledged before the programme is active.
 */
public enum HealthFlag {
    REDUCED_FOOT_SENSATION("Reduced foot sensation (e.g. diabetic neuropathy)"),
    CIRCULATION_PROBLEM("Circulation problem"),
    OPEN_WOUND("Open wound or ulcer on the foot"),
    BALANCE_IMPAIRMENT("Impaired balance or risk of falls"),
    OSTEOPOROSIS("Osteoporosis or low bone density"),
    INFLAMMATORY_JOINT_DISEASE("Inflammatory joint disease (e.g. rheumatoid arthritis)");

    private final String label;

    HealthFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
