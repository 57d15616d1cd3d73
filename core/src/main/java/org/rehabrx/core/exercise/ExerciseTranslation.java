package org.rehabrx.core.exercise;

import java.util.ArrayList;
import java.util.List;

import org.rehabrx.core.shared.Text;

/**
 * The patient-facing text of a shipped exercise in another language: its name, equipment, steps, cues,
 * precautions and, level by level in order, each level's name and instructions. What is not text — body
 * region, purposes, caution flags, dosages — stays that of the exercise.
 */
public record ExerciseTranslation(
        String name,
        List<String> equipment,
        List<String> steps,
        List<String> cues,
        List<String> precautions,
        List<LevelTranslation> levels) {

    public ExerciseTranslation {
        name = Text.required(name, "the translated exercise name", ExerciseDescription.MAX_NAME_LENGTH);
        equipment = Text.lines(equipment, "a translated equipment entry", 200);
        steps = Text.lines(steps, "a translated step", 1000);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("Translate at least one step of the exercise.");
        }
        cues = Text.lines(cues, "a translated cue", 300);
        precautions = Text.lines(precautions, "a translated precaution", 1000);
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("Translate every level of the exercise.");
        }
    }

    /**
     * The description as it reads in this translation.
     *
     * @throws IllegalArgumentException when the translation does not have one level for each of its levels
     */
    public ExerciseDescription applyTo(ExerciseDescription original) {
        if (levels.size() != original.levels().size()) {
            throw new IllegalArgumentException("The translation of \"" + original.name() + "\" has "
                    + levels.size() + " levels; the exercise has " + original.levels().size() + ".");
        }
        var translatedLevels = new ArrayList<Level>();
        for (int i = 0; i < levels.size(); i++) {
            var level = original.levels().get(i);
            var translated = levels.get(i);
            translatedLevels.add(new Level(level.number(), translated.name(), translated.instructions(),
                    level.defaultDosage()));
        }
        return new ExerciseDescription(name, original.bodyRegion(), original.purposes(), equipment, steps, cues,
                precautions, original.cautionFlags(), translatedLevels);
    }
}
