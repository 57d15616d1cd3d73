package org.rehabrx.core.exercise;

import java.util.Objects;

import org.rehabrx.core.shared.Text;

/**
 * One grade of an exercise; level 1 is the easiest.
 *
 * @param instructions what changes at this level compared with the exercise's general steps
 */
public record Level(int number, String name, String instructions, Dosage defaultDosage) {

    public Level {
        if (number < 1) {
            throw new IllegalArgumentException("Levels are numbered from 1.");
        }
        name = Text.required(name, "a name for level " + number, 100);
        instructions = Text.optional(instructions, "the instruction text of level " + number, 2000);
        Objects.requireNonNull(defaultDosage, "default dosage");
    }
}
