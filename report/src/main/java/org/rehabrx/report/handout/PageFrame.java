package org.rehabrx.report.handout;

import java.awt.Color;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws the same header on every page and the footer "Page X of Y" with the date printed; Y is written
 * into a template once the document closes and the number of pages is known. One instance per document.
 */
final class PageFrame extends PdfPageEventHelper {

    static final float FOOTER_HEIGHT = 40;

    private final PdfPTable header;
    private final BaseFont font;
    private final float size;
    private final Labels labels;
    private final String printed;
    private int pages;
    private PdfTemplate total;

    PageFrame(PdfPTable header, BaseFont font, float size, Labels labels, String printed) {
        this.header = header;
        this.font = font;
        this.size = size;
        this.labels = labels;
        this.printed = printed;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(size * 3, size + 6);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.getPageSize().getHeight() - 28;
        header.writeSelectedRows(0, -1, left, top, canvas);
        float lineY = top - header.getTotalHeight() - 4;
        canvas.saveState();
        canvas.setColorStroke(Color.BLACK);
        canvas.setLineWidth(0.8f);
        canvas.moveTo(left, lineY);
        canvas.lineTo(right, lineY);
        canvas.moveTo(left, FOOTER_HEIGHT - 6 + size);
        canvas.lineTo(right, FOOTER_HEIGHT - 6 + size);
        canvas.stroke();
        canvas.restoreState();

        float baseline = FOOTER_HEIGHT - 14;
        String pageText = labels.get("footer.page", pages) + " ";
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(pageText, new Font(font, size)), left,
                baseline, 0);
        canvas.addTemplate(total, left + font.getWidthPoint(pageText, size), baseline - 3);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                new Phrase(printed, new Font(font, size)), right, baseline, 0);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, size);
        total.setTextMatrix(0, 3);
        total.showText(String.valueOf(pages));
        total.endText();
    }
}
