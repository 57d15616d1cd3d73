package org.rehabrx.core.template;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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

/**
 * A reusable programme skeleton, such as "Forefoot plantar pain (metatarsalgia 2–4)".
 *
 * @param key           the stable name of a shipped template in the shipped library file; {@code null} for others
 * @param orthoticNotes the escalation ladder of suggested notes; a programme starts on its first rung
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
        long version) {

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
        return new ProgrammeContent(name, goal, startDate, reviewDate, exercises, firstRung(treatedSide),
                educationBlocks, rules, baselinePain, List.of());
    }

    private List<OrthoticNote> firstRung(Side side) {
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
                storedVersion);
    }
}
