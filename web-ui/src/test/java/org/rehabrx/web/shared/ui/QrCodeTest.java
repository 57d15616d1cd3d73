package org.rehabrx.web.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodeTest {

    @Test
    void theModulesDecodeBackToTheText() throws Exception {
        var text = "otpauth://totp/RehabRx:demo.clinician?secret=JBSWY3DPEHPK3PXP&issuer=RehabRx";

        var decoded = new QRCodeReader().decode(bitmapOf(QrCode.matrixOf(text)));

        assertThat(decoded.getText()).isEqualTo(text);
    }

    @Test
    void theDrawingHasOneSquarePerDarkModuleInsideAQuietZone() {
        var modules = QrCode.matrixOf("https://rehabrx.example/activate");
        int dark = 0;
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                dark += modules.get(x, y) ? 1 : 0;
            }
        }

        var svg = QrCode.svg(modules);

        assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
        int side = modules.getWidth() + 8;
        assertThat(svg).contains("viewBox=\"-4 -4 " + side + " " + side + "\"");
    }

    @Test
    void screenReadersHearWhatTheCodeIs() {
        var code = new QrCode("https://rehabrx.example/activate", "Activation link");

        assertThat(code.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(code.getElement().getAttribute("aria-label")).isEqualTo("Activation link");
    }

    /** The modules as a picture a scanner would see: four pixels a module, with a white quiet zone. */
    private static BinaryBitmap bitmapOf(BitMatrix modules) {
        int scale = 4;
        int side = (modules.getWidth() + 8) * scale;
        var pixels = new int[side * side];
        for (int i = 0; i < pixels.length; i++) {
            int x = i % side / scale - 4;
            int y = i / side / scale - 4;
            boolean dark = x >= 0 && y >= 0 && x < modules.getWidth() && y < modules.getHeight() && modules.get(x, y);
            pixels[i] = dark ? 0xFF000000 : 0xFFFFFFFF;
        }
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
    }
}
