package org.rehabrx.report.handout;

import java.awt.Color;

import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseImage;
import org.rehabrx.core.exercise.ImagePosition;

/**
 * The picture of one exercise position inside a box of fixed size: the clinician's image scaled to fit
 * without stretching, else the project's line drawing for a shipped exercise, else a framed placeholder.
 * A picture that cannot be decoded, or is absurdly large, falls back in the same way.
 */
final class Pictures {

    /** Above this many pixels an image is not decoded into the handout (uploads refuse such images anyway). */
    static final long MAX_PIXELS = 25_000_000L;

    private final PdfContentByte canvas;
    private final Illustrations illustrations;
    private final HandoutFonts fonts;
    private final float textSize;
    private final Labels labels;

    Pictures(PdfContentByte canvas, Illustrations illustrations, HandoutFonts fonts, float textSize, Labels labels) {
        this.canvas = canvas;
        this.illustrations = illustrations;
        this.fonts = fonts;
        this.textSize = textSize;
        this.labels = labels;
    }

    /**
     * A picture exactly {@code width} × {@code height} points: the content centred in the upper part,
     * the position ("Start position") written underneath.
     */
    Image of(Exercise exercise, ImagePosition position, float width, float totalHeight) {
        PdfTemplate box = canvas.createTemplate(width, totalHeight);
        float caption = textSize + 8;
        float height = totalHeight - caption;
        String label = labels.get(position == ImagePosition.START ? "exercise.start" : "exercise.end");
        ColumnText.showTextAligned(box, Element.ALIGN_CENTER, new Phrase(label, fonts.bold(textSize)),
                width / 2, 3, 0);
        box.saveState();
        box.concatCTM(1, 0, 0, 1, 0, caption);
        ExerciseImage uploaded = null;
        try {
            uploaded = illustrations.find(exercise, position).orElse(null);
        } catch (RuntimeException e) {
            // a failing picture source must not cost the patient the handout
        }
        boolean drawn = uploaded != null && drawUploaded(box, uploaded, width, height);
        if (!drawn) {
            String key = illustrations.drawingKey(exercise).orElse(null);
            drawn = key != null && LineDrawings.draw(new PdfPen(box), key, position, width, height);
        }
        if (!drawn) {
            drawPlaceholder(box, width, height);
        }
        box.restoreState();
        try {
            return Image.getInstance(box);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot wrap a picture template", e);
        }
    }

    private static boolean drawUploaded(PdfTemplate box, ExerciseImage uploaded, float width, float height) {
        try {
            Image image = Image.getInstance(uploaded.content());
            if (image.getWidth() < 1 || image.getHeight() < 1
                    || (long) image.getWidth() * (long) image.getHeight() > MAX_PIXELS) {
                return false;
            }
            image.scaleToFit(width, height);
            float w = image.getScaledWidth();
            float h = image.getScaledHeight();
            box.addImage(image, w, 0, 0, h, (width - w) / 2, (height - h) / 2);
            return true;
        } catch (Exception e) {
            // corrupt, truncated or unsupported: the placeholder takes its place
            return false;
        }
    }

    private void drawPlaceholder(PdfTemplate box, float width, float height) {
        box.saveState();
        box.setColorStroke(new Color(0x70, 0x70, 0x70));
        box.setLineWidth(1f);
        box.setLineDash(4, 3, 0);
        box.rectangle(1, 1, width - 2, height - 2);
        box.stroke();
        box.restoreState();
        ColumnText.showTextAligned(box, Element.ALIGN_CENTER,
                new Phrase(labels.get("exercise.noPicture"), fonts.italic(textSize)), width / 2,
                height / 2 - textSize / 3, 0);
    }
}
