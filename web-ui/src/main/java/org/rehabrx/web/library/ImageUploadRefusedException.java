package org.rehabrx.web.library;

/** An uploaded picture that cannot be used, with a message meant for the clinician who uploaded it. */
public final class ImageUploadRefusedException extends RuntimeException {

    ImageUploadRefusedException(String message) {
        super(message);
    }
}
