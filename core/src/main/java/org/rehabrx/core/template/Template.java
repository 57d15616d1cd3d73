package org.rehabrx.core.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.OrthoticType;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.core.shared.Text;
import org.rehabrx.core.shared.ContentTranslations;

/**
 * A reusable programme skeleton, such as "Forefoot plantar pain (metatarsalgia 2–4)".
 *
 * @param key           the stable name of a shipped template in the shipped library file; {@code null} for others
 * @param orthoticNotes the escalation ladder of suggested notes; a programme starts on its first rung
 * @param translations  name, description, goal and orthotic notes in other languages (shipped templates)
 */
public record Template(
        TemplateId id,
        @Nullable String key,
        String name,
        String description,
        String goal,
        List<PrescribedExercise> exercises,
        List<OrthoticNote> orthoticNotes,
        List<EducationBlockId> educationBlocks,
        ProgressionRules rules,
        long version,
        ContentTranslations<TemplateTranslation> translations) {

    public Template {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "the template name", 200);
        description = Text.optional(description, "the description", 2000);
        goal = Text.optional(goal, "the goal", 1000);
        exercises = List.copyOf(exercises);
        if (exercises.stream().map(PrescribedExercise::exercise).distinct().count() != exercises.size()) {
            throw new IllegalArgumentException("Each exercise can appear only once in a template.");
        }
        orthoticNotes = List.copyOf(orthoticNotes);
        educationBlocks = List.copyOf(educationBlocks);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(translations, "translations");
        for (var entry : translations.byLanguage().entrySet()) {
            if (entry.getValue().orthoticNotes().size() != orthoticNotes.size()) {
                throw new IllegalArgumentException("The '" + entry.getKey() + "' translation of the template has "
                        + entry.getValue().orthoticNotes().size() + " orthotic notes; the template has "
                        + orthoticNotes.size() + ".");
            }
        }
    }

    /** A template without translations. */
    public Template(TemplateId id, @Nullable String key, String name, String description, String goal,
                    List<PrescribedExercise> exercises, List<OrthoticNote> orthoticNotes,
                    List<EducationBlockId> educationBlocks, ProgressionRules rules, long version) {
        this(id, key, name, description, goal, exercises, orthoticNotes, educationBlocks, rules, version,
                ContentTranslations.none());
    }

    public boolean isNew() {
        return version == 0;
    }

    /**
     * The first content of a programme built from this template, for the clinician to tailor. Of the
     * orthotic ladder only the first rung and any footwear change are prescribed, for the side being
     * treated: the higher rungs are for when the lower ones are not enough, never all at once.
     */
    public ProgrammeContent toContent(LocalDate startDate, LocalDate reviewDate, PainScore baselinePain,
                                      Side treatedSide) {
        return new ProgrammeContent(name, goal, startDate, reviewDate, exercises, firstRung(orthoticNotes,
                treatedSide), educationBlocks, rules, baselinePain, List.of());
    }

    /**
     * As {@link #toContent(LocalDate, LocalDate, PainScore, Side)}, for a patient who reads the given
     * language: where the template has a translation into it, the programme starts with the translated
     * title, goal and orthotic notes; from then on they are the clinician's text like any other.
     */
    public ProgrammeContent toContent(LocalDate startDate, LocalDate reviewDate, PainScore baselinePain,
                                      Side treatedSide, Locale language) {
        var translation = translations.in(language);
        if (translation.isEmpty()) {
            return toContent(startDate, reviewDate, baselinePain, treatedSide);
        }
        var notes = new ArrayList<OrthoticNote>();
        for (int i = 0; i < orthoticNotes.size(); i++) {
            notes.add(translation.get().orthoticNotes().get(i).applyTo(orthoticNotes.get(i)));
        }
        return new ProgrammeContent(translation.get().name(), translation.get().goal(), startDate, reviewDate,
                exercises, firstRung(notes, treatedSide), educationBlocks, rules, baselinePain, List.of());
    }

    private static List<OrthoticNote> firstRung(List<OrthoticNote> orthoticNotes, Side side) {
        var onTheLadder = orthoticNotes.stream().filter(note -> note.type() != OrthoticType.FOOTWEAR_CHANGE);
        var lowest = onTheLadder.map(OrthoticNote::type).min(Comparator.naturalOrder());
        return orthoticNotes.stream()
                .filter(note -> note.type() == OrthoticType.FOOTWEAR_CHANGE || lowest.equals(Optional.of(note.type())))
                .map(note -> new OrthoticNote(note.type(), side, note.placement(), note.wearSchedule(),
                        note.instructions()))
                .toList();
    }

    public Template storedAs(long storedVersion) {
        return new Template(id, key, name, description, goal, exercises, orthoticNotes, educationBlocks, rules,
                storedVersion, translations);
    }
}
