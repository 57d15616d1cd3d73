package org.rehabrx.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExerciseImageTest {

    private static final byte[] PNG_BYTES = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "image/jpeg"})
    void acceptsPngAndJpeg(String mediaType) {
        assertThat(new ExerciseImage(PNG_BYTES, mediaType).mediaType()).isEqualTo(mediaType);
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/gif", "image/svg+xml", "application/pdf", "image/webp", ""})
    void refusesOtherFormats(String mediaType) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExerciseImage(PNG_BYTES, mediaType))
                .withMessage("Use a PNG or JPEG image.");
    }

    @Test
    void refusesAnEmptyImage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExerciseImage(new byte[0], "image/png"))
                .withMessage("The image is empty.");
    }

    @Test
    void keepsItsOwnCopyOfTheBytes() {
        var bytes = PNG_BYTES.clone();
        var image = new ExerciseImage(bytes, "image/png");

        bytes[0] = 0;
        image.content()[1] = 0;

        assertThat(image.content()).containsExactly(PNG_BYTES);
    }

    @Test
    void equalByContentAndMediaType() {
        var image = new ExerciseImage(PNG_BYTES, "image/png");
        var same = new ExerciseImage(PNG_BYTES.clone(), "image/png");

        assertThat(image).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(image).isNotEqualTo(new ExerciseImage(PNG_BYTES, "image/jpeg"));
        assertThat(image).isNotEqualTo(new ExerciseImage(new byte[] {1, 2, 3}, "image/png"));
        assertThat(image).isNotEqualTo("image/png");
    }

    @Test
    void printsItsTypeAndSizeNotItsBytes() {
        assertThat(new ExerciseImage(PNG_BYTES, "image/png")).hasToString("ExerciseImage[image/png, 8 bytes]");
    }
}
