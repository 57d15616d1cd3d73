package org.rehabrx.core.programme;

/**
 * The escalation ladder for off-loading the forefoot, in the order it is climbed: a pad first, a sole
 * modification when the pad is not enough, then a foot orthosis; a change of footwear at any step.
 */
public enum OrthoticType {
    METATARSAL_PAD("Metatarsal / toe pad inside the shoe"),
    SOLE_MODIFICATION("Sole modification (metatarsal bar or rocker sole)"),
    FOOT_ORTHOSIS("Foot orthosis or custom insole"),
    FOOTWEAR_CHANGE("Change of footwear");

    private final String label;

    OrthoticType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
