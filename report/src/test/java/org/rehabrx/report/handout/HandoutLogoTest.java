package org.rehabrx.report.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.rehabrx.report.handout.ForefootFixtures.demo;
import static org.rehabrx.report.handout.ForefootFixtures.patient;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.Test;

/** The clinic's logo in the header of every page: drawn once per page, small, never stretched. */
class HandoutLogoTest {

    @Test
    void everyPageCarriesTheLogoOnceMoreThanWithout() {
        var handout = demo(patient("Mary Smith", Locale.ENGLISH));
        byte[] without = new HandoutRenderer().render(handout);
        var renderer = renderer(Optional.of(ClinicLogo.of(image("png", 300, 100))), Paper.A4);
        assertThat(renderer.showsLogo()).isTrue();
        byte[] with = renderer.render(handout);

        List<List<float[]>> plain = drawnImages(without);
        List<List<float[]>> logo = drawnImages(with);
        assertThat(logo).hasSameSizeAs(plain);
        for (int page = 0; page < logo.size(); page++) {
            assertThat(logo.get(page)).as("page %d", page + 1).hasSize(plain.get(page).size() + 1);
        }
        assertThat(FontSizes.imageCount(with)).isEqualTo(FontSizes.imageCount(without) + logo.size());
        Pdfs.assertStructurallyValid(with);
    }

    @Test
    void theLogoKeepsItsAspectRatioAtASmallHeight() {
        for (var logo : List.of(image("png", 300, 100), image("jpg", 120, 160), image("png", 2000, 100))) {
            BufferedImage decoded = read(logo);
            float expected = (float) decoded.getWidth() / decoded.getHeight();
            byte[] pdf = renderer(Optional.of(ClinicLogo.of(logo)), Paper.LETTER)
                    .render(demo(patient("Mary Smith", Locale.ENGLISH)));
            for (List<float[]> page : drawnImages(pdf)) {
                assertThat(page).hasSize(1);
                float width = page.getFirst()[0];
                float height = page.getFirst()[1];
                assertThat(width / height).isCloseTo(expected, offset(expected * 0.01f));
                assertThat(height).isLessThanOrEqualTo(12 / 25.4f * 72);
            }
        }
    }

    @Test
    void aLetterHandoutWithALogoIsValid() throws IOException {
        byte[] pdf = renderer(Optional.of(ClinicLogo.of(image("png", 300, 100))), Paper.LETTER)
                .render(demo(patient("Mary Smith", Locale.ENGLISH)));
        Files.createDirectories(Path.of("target", "handout-samples"));
        Files.write(Path.of("target", "handout-samples", "handout-sample-letter-logo.pdf"), pdf);
        Pdfs.assertStructurallyValid(pdf);
        try (PDDocument document = Pdfs.open(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, offset(0.5f));
        }
    }

    @Test
    void aLogoThatCannotBeReadIsLeftOut() {
        var handout = demo(patient("Mary Smith", Locale.ENGLISH));
        int without = FontSizes.imageCount(new HandoutRenderer().render(handout));
        byte[] truncatedPng = java.util.Arrays.copyOf(image("png", 300, 100), 40);
        byte[] notAnImage = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] garbageJpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 6, 7, 8};
        for (byte[] bad : List.of(truncatedPng, notAnImage, garbageJpeg)) {
            var renderer = renderer(Optional.of(ClinicLogo.of(bad)), Paper.A4);
            assertThat(renderer.showsLogo()).isFalse();
            byte[] pdf = renderer.render(handout);
            Pdfs.assertStructurallyValid(pdf);
            assertThat(FontSizes.imageCount(pdf)).isEqualTo(without);
            assertThat(Pdfs.text(pdf)).contains("Riverside Physiotherapy Clinic");
        }
    }

    @Test
    void theLogoBytesAreCopied() {
        byte[] bytes = image("png", 30, 10);
        var logo = ClinicLogo.of(bytes);
        java.util.Arrays.fill(bytes, (byte) 0);
        assertThat(new HandoutRenderer(Illustrations.none(), new ClinicStyle(Optional.of(logo), Paper.A4))
                .showsLogo()).isTrue();
    }

    private static HandoutRenderer renderer(Optional<ClinicLogo> logo, Paper paper) {
        return new HandoutRenderer(Illustrations.none(), new ClinicStyle(logo, paper));
    }

    private static byte[] image(String format, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1F, 0x6F, 0xB2));
        g.fillOval(width / 10, height / 10, width * 8 / 10, height * 8 / 10);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per page, the width and height in points of every raster image drawn on it. */
    static List<List<float[]>> drawnImages(byte[] pdf) {
        var pages = new ArrayList<List<float[]>>();
        try (PDDocument document = Pdfs.open(pdf)) {
            for (PDPage page : document.getPages()) {
                var sizes = new ArrayList<float[]>();
                new ImageSizes(page, sizes).processPage(page);
                pages.add(sizes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static final class ImageSizes extends PDFGraphicsStreamEngine {

        private final List<float[]> sizes;

        ImageSizes(PDPage page, List<float[]> sizes) {
            super(page);
            this.sizes = sizes;
        }

        @Override
        public void drawImage(PDImage image) {
            var ctm = getGraphicsState().getCurrentTransformationMatrix();
            sizes.add(new float[] {ctm.getScalingFactorX(), ctm.getScalingFactorY()});
        }

        @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
        @Override public void clip(int windingRule) { }
        @Override public void moveTo(float x, float y) { }
        @Override public void lineTo(float x, float y) { }
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
        @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
        @Override public void closePath() { }
        @Override public void endPath() { }
        @Override public void strokePath() { }
        @Override public void fillPath(int windingRule) { }
        @Override public void fillAndStrokePath(int windingRule) { }
        @Override public void shadingFill(COSName shadingName) { }
    }
}
