package org.rehabrx.report.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;

/** Reading generated PDFs back in tests: text, page count, metadata and structural checks. */
final class Pdfs {

    private Pdfs() {
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with runs of white space made single spaces, so wrapped lines can be matched as sentences. */
    static String flatText(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    static boolean qpdfAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "qpdf"))) {
                return true;
            }
        }
        return false;
    }

    /** Re-opens the PDF with PDFBox and, where qpdf is installed, runs {@code qpdf --check} on it. */
    static void assertStructurallyValid(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
        } catch (IOException e) {
            throw new AssertionError("PDFBox cannot open the PDF", e);
        }
        if (qpdfAvailable()) {
            assertThat(qpdfCheck(pdf)).as("qpdf --check").startsWith("OK:");
        }
    }

    static void assumeQpdf() {
        Assumptions.assumeTrue(qpdfAvailable(), "qpdf is not on PATH (Debian package qpdf); skipping qpdf --check");
    }

    /** "OK: ..." when qpdf finds no problem, else "FAILED (exit n): output". */
    static String qpdfCheck(byte[] pdf) {
        try {
            Path file = Files.createTempFile("handout", ".pdf");
            try {
                Files.write(file, pdf);
                Process process = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return "FAILED: qpdf timed out";
                }
                // 0: no problems; 3: warnings only. Warnings are failures for us too.
                return process.exitValue() == 0 ? "OK: " + output : "FAILED (exit " + process.exitValue() + "): " + output;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
