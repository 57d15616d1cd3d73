package org.rehabrx.report.handout;

import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;

/** A sheet size a clinic prints handouts on. */
public enum Paper {

    /** ISO A4, 210 × 297 mm (595 × 842 pt). */
    A4(PageSize.A4),

    /** US Letter, 8.5 × 11 in (612 × 792 pt). */
    LETTER(PageSize.LETTER);

    private final Rectangle size;

    Paper(Rectangle size) {
        this.size = size;
    }

    /** The page size in points; a fresh rectangle every call, so no document can change the shared one. */
    Rectangle pageSize() {
        return new Rectangle(size.getWidth(), size.getHeight());
    }
}
