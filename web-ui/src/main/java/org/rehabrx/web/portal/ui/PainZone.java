package org.rehabrx.web.portal.ui;

/**
 * The pain-monitoring model's bands of pain during exercise, as the patient reads them: up to 2 is safe, up to
 * 5 acceptable if it settles by the next morning, above 5 too much.
 */
enum PainZone {
    SAFE,
    ACCEPTABLE,
    TOO_MUCH;

    static PainZone of(int pain) {
        if (pain <= 2) {
            return SAFE;
        }
        return pain <= 5 ? ACCEPTABLE : TOO_MUCH;
    }
}
