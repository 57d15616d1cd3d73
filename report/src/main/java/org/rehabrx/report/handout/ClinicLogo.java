package org.rehabrx.report.handout;

import java.util.Objects;

/**
 * The clinic's logo as the bytes of a PNG or JPEG file, printed beside the clinic name in the header of
 * every handout page. The renderer decodes it once; a logo it cannot read is left out, never fatal.
 */
public final class ClinicLogo {

    private final byte[] bytes;

    private ClinicLogo(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @param bytes the image file's contents; copied, so later changes to the array do not matter */
    public static ClinicLogo of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("The clinic logo is empty.");
        }
        return new ClinicLogo(bytes.clone());
    }

    /** The size of the image file. */
    public int size() {
        return bytes.length;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    boolean looksLikePngOrJpeg() {
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
                && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        return png || jpeg;
    }

    @Override
    public String toString() {
        return "ClinicLogo[" + bytes.length + " bytes]";
    }
}
