package org.rehabrx.report.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Measures in generated PDFs: the body text size and the embedded pictures. */
final class FontSizes {

    private FontSizes() {
    }

    /** The font size most characters are set in: the body text. */
    static float smallestBodySize(byte[] pdf) {
        var counts = new HashMap<Float, Integer>();
        try (PDDocument document = Pdfs.open(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (var position : positions) {
                        counts.merge(Math.round(position.getFontSizeInPt() * 10) / 10f, 1, Integer::sum);
                    }
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    static int imageCount(byte[] pdf) {
        return imageAspectRatios(pdf).size();
    }

    /** Width / height of every raster image, wherever it sits (directly on a page or inside a form). */
    static List<Float> imageAspectRatios(byte[] pdf) {
        var ratios = new ArrayList<Float>();
        try (PDDocument document = Pdfs.open(pdf)) {
            for (var page : document.getPages()) {
                collect(page.getResources(), ratios, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ratios;
    }

    private static void collect(PDResources resources, List<Float> ratios, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (var name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                ratios.add((float) image.getWidth() / image.getHeight());
            } else if (object instanceof PDFormXObject form) {
                collect(form.getResources(), ratios, depth + 1);
            }
        }
    }
}
