package org.rehabrx.report.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The embedded Unicode fonts of the handout (Liberation Sans: Latin, Greek, Cyrillic, Hebrew), parsed
 * once and shared. A {@link BaseFont} holds only read-only font data after creation; each document keeps
 * its own record of the glyphs it uses, so one instance serves concurrent renders.
 */
final class HandoutFonts {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final String ITALIC = "liberation/LiberationSans-Italic.ttf";

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;

    HandoutFonts() {
        regular = load(REGULAR);
        bold = load(BOLD);
        italic = load(ITALIC);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = HandoutFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource
                        + " is not on the classpath; add com.github.librepdf:openpdf-fonts-extra.");
            }
            // not cached in OpenPDF's global font cache: this instance owns it
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot load the font " + resource, e);
        }
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font italic(float size) {
        return new Font(italic, size);
    }

    /**
     * The text with every character the fonts cannot show handled, so that nothing silently vanishes from
     * a name: a letter or digit without a glyph becomes "?", a symbol such as an emoji (with its joiners
     * and variation selectors) is left out.
     */
    String printable(String text) {
        boolean allPresent = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!shows(cp)) {
                allPresent = false;
                break;
            }
            i += Character.charCount(cp);
        }
        if (allPresent) {
            return text;
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (shows(cp)) {
                out.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                out.append('?');
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private boolean shows(int cp) {
        return cp == '\n' || cp == ' ' || (regular.charExists(cp) && bold.charExists(cp));
    }
}
