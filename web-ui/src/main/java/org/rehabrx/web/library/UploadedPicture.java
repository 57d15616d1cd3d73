package org.rehabrx.web.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.rehabrx.core.exercise.ExerciseImage;

/**
 * Checks an uploaded picture before it is stored, so that a handout never meets a file it cannot show: it
 * must be a PNG or JPEG that actually decodes, of a size a handout can use. The size is read from the
 * header before anything is decoded, so that a small file claiming huge dimensions cannot exhaust memory.
 */
final class UploadedPicture {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MIN_SIDE = 100;
    static final int MAX_SIDE = 6000;

    private UploadedPicture() {
    }

    static ExerciseImage checked(byte[] content, String mediaType) {
        if (content.length == 0) {
            throw new ImageUploadRefusedException("The file is empty; choose a PNG or JPEG picture.");
        }
        if (content.length > MAX_BYTES) {
            throw new ImageUploadRefusedException("The picture is larger than 5 MB; save it smaller and try again.");
        }
        if (!mediaType.equals("image/png") && !mediaType.equals("image/jpeg")) {
            throw new ImageUploadRefusedException("Only PNG and JPEG pictures can be used.");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ImageUploadRefusedException(
                        "The file is not a picture that can be read; choose a PNG or JPEG picture.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                requireUsableSize(reader.getWidth(0), reader.getHeight(0));
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException damaged) {
            if (damaged instanceof ImageUploadRefusedException refused) {
                throw refused;
            }
            throw new ImageUploadRefusedException("The picture is damaged and cannot be read; choose another file.");
        }
        return new ExerciseImage(content, mediaType);
    }

    private static void requireUsableSize(int width, int height) {
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new ImageUploadRefusedException("The picture is too small to print clearly: use at least "
                    + MIN_SIDE + " × " + MIN_SIDE + " pixels.");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new ImageUploadRefusedException(
                    "The picture is too large: use at most " + MAX_SIDE + " pixels on each side.");
        }
    }
}
