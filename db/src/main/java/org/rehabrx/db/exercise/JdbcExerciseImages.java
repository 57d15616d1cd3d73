package org.rehabrx.db.exercise;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExerciseImage;
import org.rehabrx.core.exercise.ExerciseImages;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.db.shared.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One picture per exercise and position; storing again replaces it. */
public final class JdbcExerciseImages implements ExerciseImages {

    private final JdbcClient jdbc;

    public JdbcExerciseImages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ExerciseImage> find(ExerciseId exercise, ImagePosition position) {
        return jdbc.sql("""
                SELECT content, media_type FROM exercise_image WHERE exercise_id = :exercise AND position = :position
                """)
                .param("exercise", exercise.value())
                .param("position", position.name())
                .query((row, rowNumber) -> new ExerciseImage(row.getBytes("content"), row.getString("media_type")))
                .optional();
    }

    @Override
    public Map<ExerciseId, Map<ImagePosition, ExerciseImage>> findAll(Collection<ExerciseId> exercises) {
        var pictures = new HashMap<ExerciseId, Map<ImagePosition, ExerciseImage>>();
        if (exercises.isEmpty()) {
            return pictures;
        }
        jdbc.sql("SELECT exercise_id, position, content, media_type FROM exercise_image WHERE exercise_id = ANY(?)")
                .param(SqlArrays.uuids(exercises, ExerciseId::value))
                .query(row -> {
                    pictures.computeIfAbsent(new ExerciseId(row.getObject("exercise_id", UUID.class)),
                                    id -> new EnumMap<>(ImagePosition.class))
                            .put(ImagePosition.valueOf(row.getString("position")),
                                    new ExerciseImage(row.getBytes("content"), row.getString("media_type")));
                });
        return pictures;
    }

    @Override
    public void store(ExerciseId exercise, ImagePosition position, ExerciseImage image) {
        jdbc.sql("""
                INSERT INTO exercise_image (exercise_id, position, content, media_type)
                VALUES (:exercise, :position, :content, :media_type)
                    ON CONFLICT (exercise_id, position)
                    DO UPDATE SET content = excluded.content, media_type = excluded.media_type, stored_at = now()
                """)
                .param("exercise", exercise.value())
                .param("position", position.name())
                .param("content", image.content())
                .param("media_type", image.mediaType())
                .update();
    }

    @Override
    public void remove(ExerciseId exercise, ImagePosition position) {
        jdbc.sql("DELETE FROM exercise_image WHERE exercise_id = :exercise AND position = :position")
                .param("exercise", exercise.value())
                .param("position", position.name())
                .update();
    }
}
