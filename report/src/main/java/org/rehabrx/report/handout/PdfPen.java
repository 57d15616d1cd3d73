package org.rehabrx.report.handout;

import java.awt.Color;

import org.openpdf.text.pdf.PdfContentByte;

/** Draws straight into a PDF content stream. */
final class PdfPen implements Pen {

    private final PdfContentByte canvas;

    PdfPen(PdfContentByte canvas) {
        this.canvas = canvas;
    }

    @Override
    public void saveState() {
        canvas.saveState();
    }

    @Override
    public void restoreState() {
        canvas.restoreState();
    }

    @Override
    public void concatCTM(float a, float b, float c, float d, float e, float f) {
        canvas.concatCTM(a, b, c, d, e, f);
    }

    @Override
    public void roundLineEnds() {
        canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
    }

    @Override
    public void setColorStroke(Color color) {
        canvas.setColorStroke(color);
    }

    @Override
    public void setLineWidth(float width) {
        canvas.setLineWidth(width);
    }

    @Override
    public void setLineDash(float on, float off, float phase) {
        canvas.setLineDash(on, off, phase);
    }

    @Override
    public void setSolidLine() {
        canvas.setLineDash(0);
    }

    @Override
    public void moveTo(float x, float y) {
        canvas.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        canvas.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        canvas.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public void circle(float x, float y, float radius) {
        canvas.circle(x, y, radius);
    }

    @Override
    public void roundRectangle(float x, float y, float width, float height, float radius) {
        canvas.roundRectangle(x, y, width, height, radius);
    }

    @Override
    public void stroke() {
        canvas.stroke();
    }
}
