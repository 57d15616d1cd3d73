package org.rehabrx.bench.handout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.rehabrx.report.handout.Handout;
import org.rehabrx.report.handout.HandoutRenderer;

/**
 * The demo handout as a PDF, two ways, in one run: the production OpenPDF renderer, and the same content as
 * HTML through openhtmltopdf. Both embed the same Liberation Sans fonts (subset), as a patient handout must
 * for its Unicode names; each route parses what it can reuse once, in {@link #setUp}: the renderer its
 * fonts, the HTML route the font files' bytes and the HTML text.
 *
 * <p>Set {@code -Dbench.samples=DIR} (JMH: {@code -jvmArgsAppend -Dbench.samples=DIR}) to have both PDFs
 * written there once, for a person to compare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HandoutPdfBenchmark {

    private static final String FAMILY = "Liberation Sans";

    /**
     * Held so that its level sticks: PDFBox warns on every HTML render that the Symbol font openhtmltopdf
     * sets up is not installed, and the benchmark would otherwise time that logging too.
     */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private HandoutRenderer renderer = new HandoutRenderer();
    private Handout handout = DemoHandout.create();
    private String html = "";
    private byte[] regular = new byte[0];
    private byte[] bold = new byte[0];
    private byte[] italic = new byte[0];

    @Setup
    public void setUp() throws IOException {
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(Level.SEVERE);
        renderer = new HandoutRenderer();
        handout = DemoHandout.create();
        html = HandoutHtml.of(handout);
        regular = font("liberation/LiberationSans-Regular.ttf");
        bold = font("liberation/LiberationSans-Bold.ttf");
        italic = font("liberation/LiberationSans-Italic.ttf");
        byte[] openPdf = openPdfHandout();
        byte[] viaHtml = htmlToPdfHandout();
        if (!isPdf(openPdf) || !isPdf(viaHtml)) {
            throw new IllegalStateException("A route did not produce a PDF.");
        }
        String samples = System.getProperty("bench.samples");
        if (samples != null) {
            Path dir = Files.createDirectories(Path.of(samples));
            Files.write(dir.resolve("handout-openpdf.pdf"), openPdf);
            Files.write(dir.resolve("handout-html.pdf"), viaHtml);
            Files.writeString(dir.resolve("handout.html"), html, StandardCharsets.UTF_8);
        }
    }

    /** The production route: one call of the shared renderer. */
    @Benchmark
    public byte[] openPdfHandout() {
        return renderer.render(handout);
    }

    /** The production route with both cores busy: PDFs per second from 2 threads sharing one renderer. */
    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public byte[] openPdfHandoutTwoThreads() {
        return renderer.render(handout);
    }

    /** The comparison: the same content as HTML, laid out and written by openhtmltopdf with PDFBox. */
    @Benchmark
    public byte[] htmlToPdfHandout() {
        return htmlToPdf();
    }

    /** The comparison with both cores busy. */
    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public byte[] htmlToPdfHandoutTwoThreads() {
        return htmlToPdf();
    }

    private byte[] htmlToPdf() {
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(italic), FAMILY, 400, FontStyle.ITALIC, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String resource) throws IOException {
        try (InputStream in = HandoutPdfBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is not on the classpath.");
            }
            return in.readAllBytes();
        }
    }

    private static boolean isPdf(byte[] pdf) {
        return pdf.length > 1000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }
}
