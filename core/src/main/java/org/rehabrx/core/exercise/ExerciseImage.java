package org.rehabrx.core.exercise;

import java.util.Arrays;
import java.util.Set;

/** A picture of one position of an exercise, as uploaded by a clinician. */
public record ExerciseImage(byte[] content, String mediaType) {

    private static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg");

    public ExerciseImage {
        if (content.length == 0) {
            throw new IllegalArgumentException("The image is empty.");
        }
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new IllegalArgumentException("Use a PNG or JPEG image.");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExerciseImage image && mediaType.equals(image.mediaType)
                && Arrays.equals(content, image.content);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(content) + mediaType.hashCode();
    }

    @Override
    public String toString() {
        return "ExerciseImage[" + mediaType + ", " + content.length + " bytes]";
    }
}
