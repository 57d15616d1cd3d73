package org.rehabrx.core.exercise;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.shared.Text;

/**
 * What an exercise is and how it is done: everything a clinician edits in the library.
 *
 * @param steps        the general step-by-step instructions, in order
 * @param cues         short reminders while exercising ("keep the toes long")
 * @param cautionFlags the patient health flags that make this exercise need a caution
 * @param levels       graded levels numbered 1..n without gaps, easiest first
 */
public record ExerciseDescription(
        String name,
        BodyRegion bodyRegion,
        Set<ExercisePurpose> purposes,
        List<String> equipment,
        List<String> steps,
        List<String> cues,
        List<String> precautions,
        Set<HealthFlag> cautionFlags,
        List<Level> levels) {

    public static final int MAX_NAME_LENGTH = 120;

    public ExerciseDescription {
        name = Text.required(name, "the exercise name", MAX_NAME_LENGTH);
        Objects.requireNonNull(bodyRegion, "body region");
        if (purposes.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one purpose for the exercise.");
        }
        purposes = Set.copyOf(EnumSet.copyOf(purposes));
        equipment = Text.lines(equipment, "an equipment entry", 200);
        steps = Text.lines(steps, "a step", 1000);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("Describe at least one step of the exercise.");
        }
        cues = Text.lines(cues, "a cue", 300);
        precautions = Text.lines(precautions, "a precaution", 1000);
        cautionFlags = cautionFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cautionFlags));
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("An exercise needs at least one level.");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).number() != i + 1) {
                throw new IllegalArgumentException("Levels must be numbered 1 to " + levels.size() + " in order.");
            }
        }
    }
}
