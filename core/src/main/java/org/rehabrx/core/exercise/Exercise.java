package org.rehabrx.core.exercise;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.shared.ContentTranslations;

/**
 * A library entry. Shipped exercises are read-only starting points; a clinician adapts one by cloning it.
 *
 * @param key     the stable name of a shipped exercise in the shipped library file; {@code null} for others
 * @param author  the clinician who wrote or cloned it; {@code null} for shipped exercises
 * @param basedOn the exercise this one was cloned from, if any
 * @param version the stored version this state was read at; {@code 0} for an exercise never saved
 * @param translations the patient-facing text in other languages; only shipped exercises have any, a
 *                     clinician's own exercise reads as it was written
 */
public record Exercise(
        ExerciseId id,
        @Nullable String key,
        ExerciseDescription description,
        ExerciseOrigin origin,
        @Nullable AccountId author,
        @Nullable ExerciseId basedOn,
        long version,
        ContentTranslations<ExerciseTranslation> translations) {

    private static final int MAX_CLONE_DEPTH = 32;

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(origin, "origin");
        if ((origin == ExerciseOrigin.SHIPPED) != (key != null)) {
            throw new IllegalArgumentException("Shipped exercises, and only they, have a library key.");
        }
        if ((origin == ExerciseOrigin.CLINICIAN) != (author != null)) {
            throw new IllegalArgumentException("A clinician's exercise, and only it, has an author.");
        }
        Objects.requireNonNull(translations, "translations");
        if (!translations.isEmpty() && origin != ExerciseOrigin.SHIPPED) {
            throw new IllegalArgumentException("Only shipped exercises carry translations; a clinician's own "
                    + "exercise reads as it was written.");
        }
        for (var translation : translations.byLanguage().values()) {
            translation.applyTo(description);
        }
    }

    /** An exercise without translations. */
    public Exercise(ExerciseId id, @Nullable String key, ExerciseDescription description, ExerciseOrigin origin,
                    @Nullable AccountId author, @Nullable ExerciseId basedOn, long version) {
        this(id, key, description, origin, author, basedOn, version, ContentTranslations.none());
    }

    public static Exercise shipped(String key, ExerciseDescription description) {
        return new Exercise(ExerciseId.newId(), key, description, ExerciseOrigin.SHIPPED, null, null, 0);
    }

    public static Exercise shipped(String key, ExerciseDescription description,
                                   ContentTranslations<ExerciseTranslation> translations) {
        return new Exercise(ExerciseId.newId(), key, description, ExerciseOrigin.SHIPPED, null, null, 0,
                translations);
    }

    public static Exercise writtenBy(AccountId clinician, ExerciseDescription description) {
        return new Exercise(ExerciseId.newId(), null, description, ExerciseOrigin.CLINICIAN, clinician, null, 0);
    }

    public boolean isNew() {
        return version == 0;
    }

    public String name() {
        return description.name();
    }

    public boolean isShipped() {
        return origin == ExerciseOrigin.SHIPPED;
    }

    /**
     * The shipped exercise whose standard drawings stand for this one where no picture was uploaded: itself
     * when shipped, else the one it was cloned from, however far back; a clone keeps its drawings.
     *
     * @param exercisesById finds an exercise; a missing one ends the search
     */
    public Optional<String> drawingKey(Function<ExerciseId, Optional<Exercise>> exercisesById) {
        @Nullable Exercise current = this;
        // a bound, should stored clones ever point at each other
        for (int step = 0; step < MAX_CLONE_DEPTH && current != null; step++) {
            if (current.key != null) {
                return Optional.of(current.key);
            }
            current = current.basedOn == null ? null : exercisesById.apply(current.basedOn).orElse(null);
        }
        return Optional.empty();
    }

    /** A new exercise of the clinician's own, starting as a copy of this one. */
    public Exercise clonedFor(AccountId clinician) {
        var copy = new ExerciseDescription(copyName(description.name()), description.bodyRegion(),
                description.purposes(), description.equipment(), description.steps(), description.cues(),
                description.precautions(), description.cautionFlags(), description.levels());
        return new Exercise(ExerciseId.newId(), null, copy, ExerciseOrigin.CLINICIAN, clinician, id, 0);
    }

    /** The name with " (copy)" added, shortened where needed to stay within the longest name allowed. */
    private static String copyName(String name) {
        var suffix = " (copy)";
        int room = ExerciseDescription.MAX_NAME_LENGTH - suffix.length();
        if (name.length() > room) {
            int end = Character.isHighSurrogate(name.charAt(room - 1)) ? room - 1 : room;
            name = name.substring(0, end).strip();
        }
        return name + suffix;
    }

    /** The author's edit of their own exercise. */
    public Exercise revisedBy(AccountId clinician, ExerciseDescription newDescription) {
        if (isShipped()) {
            throw new IllegalStateException("Shipped exercises cannot be edited; clone it and edit the copy.");
        }
        if (!clinician.equals(author)) {
            throw new IllegalStateException("Only the clinician who wrote this exercise can edit it.");
        }
        return new Exercise(id, key, newDescription, origin, author, basedOn, version, translations);
    }

    /** A newer edition of a shipped exercise and its translations, from a newer shipped library file. */
    public Exercise withShippedContent(ExerciseDescription newDescription,
                                       ContentTranslations<ExerciseTranslation> newTranslations) {
        if (!isShipped()) {
            throw new IllegalStateException("Only shipped exercises are updated from the shipped library.");
        }
        return new Exercise(id, key, newDescription, origin, author, basedOn, version, newTranslations);
    }

    /** The description in the language of the given locale where there is a translation, else as stored. */
    public ExerciseDescription descriptionIn(Locale language) {
        return translations.in(language).map(translation -> translation.applyTo(description)).orElse(description);
    }

    /**
     * This exercise as a reader of the given language sees it: the same exercise (id, key, levels and
     * dosages) with its translated text where there is a translation, else as stored.
     */
    public Exercise in(Locale language) {
        if (translations.in(language).isEmpty()) {
            return this;
        }
        return new Exercise(id, key, descriptionIn(language), origin, author, basedOn, version);
    }

    public int levelCount() {
        return description.levels().size();
    }

    public boolean hasLevel(int number) {
        return number >= 1 && number <= levelCount();
    }

    /** @throws IllegalArgumentException when the exercise has no such level */
    public Level level(int number) {
        if (!hasLevel(number)) {
            throw new IllegalArgumentException(name() + " has levels 1 to " + levelCount() + ", not " + number + ".");
        }
        return description.levels().get(number - 1);
    }

    /** The patient's health flags that this exercise needs caution with. */
    public Set<HealthFlag> cautionsFor(Set<HealthFlag> patientFlags) {
        if (patientFlags.isEmpty() || description.cautionFlags().isEmpty()) {
            return Set.of();
        }
        var matching = EnumSet.copyOf(description.cautionFlags());
        matching.retainAll(patientFlags);
        return Set.copyOf(matching);
    }

    /** The same state as stored under the given version. Only repositories call this. */
    public Exercise storedAs(long storedVersion) {
        return new Exercise(id, key, description, origin, author, basedOn, storedVersion, translations);
    }
}
