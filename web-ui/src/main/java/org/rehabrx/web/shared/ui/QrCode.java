package org.rehabrx.web.shared.ui;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.Svg;

/**
 * A QR code drawn as SVG on the server, so that it prints sharp and no image of a secret is ever stored or
 * served from a URL. The text it encodes is shown beside it by the caller, for anyone who cannot scan.
 */
public final class QrCode extends Svg {

    private static final int QUIET_ZONE = 4;

    /** @param description what the code is, read out by screen readers */
    public QrCode(String content, String description) {
        super(svg(matrixOf(content)));
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        addClassName("qr-code");
    }

    static BitMatrix matrixOf(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Too much text for a QR code", tooLong);
        }
    }

    /** One path of unit squares; the quiet zone a scanner needs is part of the view box. */
    static String svg(BitMatrix modules) {
        int size = modules.getWidth();
        var path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        int side = size + 2 * QUIET_ZONE;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + -QUIET_ZONE + " " + -QUIET_ZONE + " "
                + side + " " + side + "\" shape-rendering=\"crispEdges\">"
                + "<rect x=\"" + -QUIET_ZONE + "\" y=\"" + -QUIET_ZONE + "\" width=\"" + side + "\" height=\""
                + side + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
