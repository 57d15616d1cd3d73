package org.rehabrx.core.exercise;

import org.rehabrx.core.shared.Text;

/** A level's name and instructions in another language; its number and dosage stay those of the level. */
public record LevelTranslation(String name, String instructions) {

    public LevelTranslation {
        name = Text.required(name, "a translated level name", 100);
        instructions = Text.optional(instructions, "the translated level instructions", 2000);
    }
}
