package org.rehabrx.db.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExerciseImage;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.db.ClinicalFixtures;

class JdbcExerciseImagesTest {

    /** The first bytes of a PNG file: signature and the start of the IHDR chunk. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
            'D', 'R', 0, 0, 1, 0};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};

    private static ClinicalFixtures db;
    private final JdbcExerciseImages images = new JdbcExerciseImages(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void theStartAndEndPicturesAreStoredAndFoundApart() {
        var toeCurls = db.saved(db.toeCurls()).id();
        var start = new ExerciseImage(PNG, "image/png");
        var end = new ExerciseImage(JPEG, "image/jpeg");

        images.store(toeCurls, ImagePosition.START, start);
        images.store(toeCurls, ImagePosition.END, end);

        assertThat(images.find(toeCurls, ImagePosition.START)).contains(start);
        assertThat(images.find(toeCurls, ImagePosition.END)).contains(end);
        assertThat(images.find(toeCurls, ImagePosition.END).orElseThrow().content()).isEqualTo(JPEG);
    }

    @Test
    void thePicturesOfSeveralExercisesAreFoundTogether() {
        var toeCurls = db.saved(db.toeCurls()).id();
        var soak = db.saved(db.warmFootSoak()).id();
        var shortFoot = db.saved(db.shortFoot()).id();
        var start = new ExerciseImage(PNG, "image/png");
        var end = new ExerciseImage(JPEG, "image/jpeg");
        images.store(toeCurls, ImagePosition.START, start);
        images.store(toeCurls, ImagePosition.END, end);
        images.store(soak, ImagePosition.END, end);

        var found = images.findAll(List.of(toeCurls, soak, shortFoot));

        assertThat(found).containsOnlyKeys(toeCurls, soak);
        assertThat(found.get(toeCurls)).containsEntry(ImagePosition.START, start).containsEntry(ImagePosition.END, end);
        assertThat(found.get(soak)).containsOnlyKeys(ImagePosition.END);
        assertThat(images.findAll(List.of())).isEmpty();
    }

    @Test
    void storingAgainReplacesThePicture() {
        var soak = db.saved(db.warmFootSoak()).id();
        images.store(soak, ImagePosition.START, new ExerciseImage(PNG, "image/png"));

        var replacement = new ExerciseImage(JPEG, "image/jpeg");
        images.store(soak, ImagePosition.START, replacement);

        assertThat(images.find(soak, ImagePosition.START)).contains(replacement);
        assertThat(db.rows("exercise_image", "exercise_id = ?", soak.value())).isEqualTo(1);
    }

    @Test
    void removingOnePictureKeepsTheOther() {
        var shortFoot = db.saved(db.shortFoot()).id();
        var end = new ExerciseImage(JPEG, "image/jpeg");
        images.store(shortFoot, ImagePosition.START, new ExerciseImage(PNG, "image/png"));
        images.store(shortFoot, ImagePosition.END, end);

        images.remove(shortFoot, ImagePosition.START);

        assertThat(images.find(shortFoot, ImagePosition.START)).isEmpty();
        assertThat(images.find(shortFoot, ImagePosition.END)).contains(end);
    }

    @Test
    void anExerciseWithoutPicturesHasNone() {
        var toeCurls = db.saved(db.toeCurls()).id();

        assertThat(images.find(toeCurls, ImagePosition.START)).isEmpty();
        assertThat(images.find(ExerciseId.newId(), ImagePosition.END)).isEmpty();
        images.remove(toeCurls, ImagePosition.END);
        assertThat(images.find(toeCurls, ImagePosition.END)).isEmpty();
    }
}
