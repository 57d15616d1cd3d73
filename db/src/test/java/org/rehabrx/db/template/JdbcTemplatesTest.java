package org.rehabrx.db.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.ContentTranslations;
import org.rehabrx.core.template.OrthoticNoteTranslation;
import org.rehabrx.core.template.Template;
import org.rehabrx.core.template.TemplateId;
import org.rehabrx.core.template.TemplateTranslation;
import org.rehabrx.db.ClinicalFixtures;
import org.springframework.dao.DataIntegrityViolationException;

class JdbcTemplatesTest {

    private static ClinicalFixtures db;
    private final JdbcTemplates templates = new JdbcTemplates(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void aForefootTemplateWithExercisesNotesBlocksAndRulesRoundTrips() {
        var template = metatarsalgiaTemplate("Forefoot plantar pain (metatarsalgia 2–4)");

        var saved = templates.save(template);

        assertThat(saved.version()).isEqualTo(1);
        var found = templates.findById(template.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.exercises()).hasSize(3);
        assertThat(found.exercises().get(2).level()).isEqualTo(2);
        assertThat(found.orthoticNotes()).containsExactly(ClinicalFixtures.metatarsalPad(),
                ClinicalFixtures.rockerSoleShoes());
        assertThat(found.educationBlocks()).hasSize(3);
        assertThat(found.rules()).isEqualTo(ClinicalFixtures.CAUTIOUS_RULES);
        assertThat(templates.findByKey(template.key())).contains(saved);
    }

    @Test
    void aTemplatesSpanishNameGoalAndOrthoticNotesRoundTrip() {
        var es = Locale.of("es");
        var template = metatarsalgiaTemplate("Forefoot plantar pain, translated");
        var spanish = new TemplateTranslation("Dolor plantar del antepié", "",
                "Caminar sin dolor en el antepié", List.of(
                        new OrthoticNoteTranslation("Detrás de las cabezas metatarsales",
                                "Todo el día", "Primer paso de la escalera."),
                        new OrthoticNoteTranslation("", "En los zapatos de calle", "")));
        var translated = new Template(template.id(), template.key(), template.name(), template.description(),
                template.goal(), template.exercises(), template.orthoticNotes(), template.educationBlocks(),
                template.rules(), 0, ContentTranslations.of(es, spanish));

        var saved = templates.save(translated);

        var found = templates.findById(template.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.translations().in(es)).contains(spanish);
        var resaved = templates.save(renamed(found, "Forefoot plantar pain, renamed"));
        assertThat(templates.findById(template.id()).orElseThrow()).isEqualTo(resaved);
    }

    @Test
    void anEmptyTemplateRoundTrips() {
        var empty = new Template(TemplateId.newId(), null, "Blank", "", "", List.of(), List.of(), List.of(),
                ProgressionRules.PAIN_MONITORING_MODEL, 0);

        var saved = templates.save(empty);

        assertThat(templates.findById(empty.id())).contains(saved);
    }

    @Test
    void anUnknownTemplateIsNotFound() {
        assertThat(templates.findById(TemplateId.newId())).isEmpty();
        assertThat(templates.findByKey("no-such-template")).isEmpty();
    }

    @Test
    void allTemplatesComeByNameEachWithItsOwnChildren() {
        var forefoot = templates.save(metatarsalgiaTemplate("Forefoot plantar pain"));
        var neuroma = templates.save(metatarsalgiaTemplate("Morton's neuroma"));

        assertThat(templates.findAll()).containsSubsequence(forefoot, neuroma);
    }

    @Test
    void aChangeReplacesTheChildrenUnderTheNextVersion() {
        var saved = templates.save(metatarsalgiaTemplate("Forefoot plantar pain"));
        var fewer = new Template(saved.id(), saved.key(), saved.name(), "Now without the soak.", saved.goal(),
                List.of(saved.exercises().getFirst()), List.of(ClinicalFixtures.rockerSoleShoes()),
                saved.educationBlocks().subList(0, 1), ProgressionRules.PAIN_MONITORING_MODEL, saved.version());

        var changed = templates.save(fewer);

        assertThat(changed.version()).isEqualTo(2);
        assertThat(templates.findById(saved.id())).contains(changed);
        assertThat(db.rows("template_exercise", "template_id = ?", saved.id().value())).isEqualTo(1);
        assertThat(db.rows("template_orthotic_note", "template_id = ?", saved.id().value())).isEqualTo(1);
        assertThat(db.rows("template_education_block", "template_id = ?", saved.id().value())).isEqualTo(1);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        var saved = templates.save(metatarsalgiaTemplate("Forefoot plantar pain"));
        templates.save(renamed(saved, "Metatarsalgia"));

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> templates.save(renamed(saved, "Forefoot pain")));
        assertThat(templates.findById(saved.id()).orElseThrow().name()).isEqualTo("Metatarsalgia");
    }

    @Test
    void aTemplateWithAnExerciseMissingFromTheLibraryLeavesNothingBehind() {
        var good = metatarsalgiaTemplate("Forefoot plantar pain");
        var missing = new PrescribedExercise(ExerciseId.newId(), 1, good.exercises().getFirst().dosage(), "");
        var broken = new Template(good.id(), good.key(), good.name(), good.description(), good.goal(),
                List.of(good.exercises().get(0), good.exercises().get(1), missing), good.orthoticNotes(),
                good.educationBlocks(), good.rules(), 0);

        assertThatThrownBy(() -> db.transactions().executeWithoutResult(tx -> templates.save(broken)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("template_exercise_exercise_fk");
        assertThat(db.rows("template", "id = ?", broken.id().value())).isZero();
        assertThat(db.rows("template_exercise", "template_id = ?", broken.id().value())).isZero();
    }

    private Template metatarsalgiaTemplate(String name) {
        var toeCurls = db.saved(db.toeCurls());
        var soak = db.saved(db.warmFootSoak());
        var shortFoot = db.saved(db.shortFoot());
        var blocks = List.of(db.saved(db.footwearAdvice()).id(), db.saved(db.callusCare()).id(),
                db.saved(db.medicalReview()).id());
        return new Template(TemplateId.newId(), "template-" + toeCurls.id().value(), name,
                "Intrinsic foot strength and off-loading for plantar forefoot pain.",
                "Walk without forefoot pain", List.of(prescribed(toeCurls, 1), prescribed(soak, 1),
                prescribed(shortFoot, 2)),
                List.of(ClinicalFixtures.metatarsalPad(), ClinicalFixtures.rockerSoleShoes()), blocks,
                ClinicalFixtures.CAUTIOUS_RULES, 0);
    }

    private static PrescribedExercise prescribed(Exercise exercise, int level) {
        return new PrescribedExercise(exercise.id(), level, exercise.level(level).defaultDosage(),
                "Level " + level + " to start with.");
    }

    private static Template renamed(Template template, String name) {
        return new Template(template.id(), template.key(), name, template.description(), template.goal(),
                template.exercises(), template.orthoticNotes(), template.educationBlocks(), template.rules(),
                template.version(), template.translations());
    }
}
