package org.rehabrx.web.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseImages;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** A clinician's own picture replaces the drawing only when the handout can really show it. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class PictureUploadTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LibraryService library;
    @Autowired
    ExerciseImages images;

    private Exercise shipped;
    private Exercise own;

    @BeforeEach
    void aClinicianClonesAShippedExercise() {
        SignedInAs.account(context, "demo.clinician");
        shipped = library.exercises().stream().filter(Exercise::isShipped).findFirst().orElseThrow();
        own = library.cloneExercise(shipped.id());
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void aReadablePictureOfAnOwnExerciseIsStored() throws IOException {
        byte[] png = png(400, 300);

        library.storePicture(own.id(), ImagePosition.START, png, "image/png");

        assertThat(images.find(own.id(), ImagePosition.START).orElseThrow().content()).isEqualTo(png);
    }

    @Test
    void aDamagedFileIsRefusedWithAMessageAndNothingIsStored() throws IOException {
        byte[] damaged = Arrays.copyOf(png(400, 300), 60);

        assertThatThrownBy(() -> library.storePicture(own.id(), ImagePosition.END, damaged, "image/png"))
                .isInstanceOf(ImageUploadRefusedException.class)
                .hasMessageContaining("cannot be read");
        assertThat(images.find(own.id(), ImagePosition.END)).isEmpty();
    }

    @Test
    void textPretendingToBeAPictureIsRefused() {
        assertThatThrownBy(() -> library.storePicture(own.id(), ImagePosition.END, "hello".getBytes(), "image/jpeg"))
                .isInstanceOf(ImageUploadRefusedException.class)
                .hasMessageContaining("PNG or JPEG");
    }

    @Test
    void picturesTooSmallOrTooLargeForAHandoutAreRefused() throws IOException {
        assertThatThrownBy(() -> library.storePicture(own.id(), ImagePosition.START, png(40, 40), "image/png"))
                .isInstanceOf(ImageUploadRefusedException.class).hasMessageContaining("too small");
        assertThatThrownBy(() -> library.storePicture(own.id(), ImagePosition.START, png(6001, 120), "image/png"))
                .isInstanceOf(ImageUploadRefusedException.class).hasMessageContaining("too large");
    }

    @Test
    void shippedExercisesKeepTheirDrawingsAndOthersExercisesAreNotChanged() throws IOException {
        byte[] png = png(400, 300);

        assertThatThrownBy(() -> library.storePicture(shipped.id(), ImagePosition.START, png, "image/png"))
                .hasMessageContaining("clone the exercise");
        SignedInAs.account(context, "demo.clinician2");
        assertThatThrownBy(() -> library.storePicture(own.id(), ImagePosition.START, png, "image/png"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private static byte[] png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLACK);
        graphics.drawLine(0, height / 2, width, height / 2);
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
