package org.rehabrx.report.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.rehabrx.core.exercise.ImagePosition;

class LineDrawingsTest {

    /** The keys of db/src/main/resources/library/forefoot-plantar-pain.yaml. */
    private static final List<String> SHIPPED_KEYS = List.of("toe-curls", "marble-pick-up", "short-foot-doming",
            "heel-raises-to-hops", "barefoot-walking", "lateral-border-walking", "warm-foot-soak");

    @Test
    void everyShippedExerciseHasAStartAndAnEndDrawingAndOthersHaveNone() {
        var document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
        document.open();
        for (var key : SHIPPED_KEYS) {
            for (var position : ImagePosition.values()) {
                var box = writer.getDirectContent().createTemplate(200, 100);
                assertThat(LineDrawings.draw(new PdfPen(box), key, position, 200, 100)).as(key + " " + position).isTrue();
            }
        }
        var box = writer.getDirectContent().createTemplate(200, 100);
        assertThat(LineDrawings.draw(new PdfPen(box), "not-shipped", ImagePosition.START, 200, 100)).isFalse();
        document.add(new Paragraph("x"));
        document.close();
    }
}
