package org.rehabrx.report.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabrx.report.handout.ForefootFixtures.demo;
import static org.rehabrx.report.handout.ForefootFixtures.patient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.PrescribedExercise;

class HandoutTest {

    private final Handout demo = demo(patient("Mary Smith", Locale.ENGLISH));

    @Test
    void everyPrescribedExerciseMustBeGiven() {
        var exercises = new HashMap<>(demo.exercises());
        var missing = demo.content().exercises().getFirst().exercise();
        exercises.remove(missing);
        assertThatThrownBy(() -> copyWith(exercises, demo.educationBlocks()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks the library entry of prescribed exercise " + missing.value());
    }

    @Test
    void exercisesAreKeyedByTheirOwnId() {
        var exercises = new HashMap<ExerciseId, Exercise>(demo.exercises());
        var first = demo.content().exercises().getFirst().exercise();
        exercises.put(first, ForefootFixtures.toeCurls());
        assertThatThrownBy(() -> copyWith(exercises, demo.educationBlocks()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another exercise's id");
    }

    @Test
    void theLevelPrescribedMustExist() {
        var exercise = demo.exerciseOf(demo.content().exercises().getFirst());
        var prescribed = new ArrayList<>(demo.content().exercises());
        prescribed.set(0, new PrescribedExercise(exercise.id(), 9, exercise.level(1).defaultDosage(), ""));
        var content = new org.rehabrx.core.programme.ProgrammeContent(demo.content().title(), "", demo.content().startDate(),
                demo.content().reviewDate(), prescribed, List.of(), List.of(), demo.content().rules(),
                demo.content().baselinePain(), List.of());
        assertThatThrownBy(() -> ForefootFixtures.handout(demo.patient(), content,
                List.copyOf(demo.exercises().values()), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prescribed at level 9");
    }

    @Test
    void educationBlocksMustBeExactlyThoseOfTheProgramme() {
        var blocks = demo.educationBlocks();
        assertThatThrownBy(() -> copyWith(demo.exercises(), blocks.subList(1, blocks.size())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks 1 of the programme's education blocks");
        var foreign = new ArrayList<>(blocks);
        foreign.add(ForefootFixtures.educationBlocks().getFirst());
        assertThatThrownBy(() -> copyWith(demo.exercises(), foreign))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not part of this programme version");
        var twice = new ArrayList<>(blocks);
        twice.add(blocks.getFirst());
        assertThatThrownBy(() -> copyWith(demo.exercises(), twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
    }

    @Test
    void clinicAndClinicianAreRequired() {
        assertThatThrownBy(() -> new Handout(" ", demo.patient(), "Ana", "", demo.version(), demo.exercises(),
                demo.educationBlocks(), demo.printedOn(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clinic name");
        assertThatThrownBy(() -> new Handout("Clinic", demo.patient(), "", "", demo.version(), demo.exercises(),
                demo.educationBlocks(), demo.printedOn(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clinician");
    }

    @Test
    void missingPartsAreClearErrors() {
        assertThatThrownBy(() -> new Handout("Clinic", null, "Ana", "", demo.version(), demo.exercises(),
                demo.educationBlocks(), demo.printedOn(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Give the patient for the handout.");
        assertThatThrownBy(() -> new Handout("Clinic", demo.patient(), "Ana", "", null, demo.exercises(),
                demo.educationBlocks(), demo.printedOn(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("programme version");
        assertThatThrownBy(() -> new Handout("Clinic", demo.patient(), "Ana", "", demo.version(), demo.exercises(),
                demo.educationBlocks(), null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date printed");
    }

    @Test
    void theSnapshotIsImmutableAndKeepsTheProgrammeOrder() {
        var reversed = new ArrayList<>(demo.educationBlocks()).reversed();
        var handout = copyWith(demo.exercises(), reversed);
        assertThat(handout.educationBlocksInOrder()).isEqualTo(demo.educationBlocks());
        assertThatThrownBy(() -> handout.exercises().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> handout.educationBlocks().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private Handout copyWith(java.util.Map<ExerciseId, Exercise> exercises,
                             List<org.rehabrx.core.education.EducationBlock> blocks) {
        return new Handout(demo.clinicName(), demo.patient(), demo.clinicianName(), demo.clinicianContact(),
                demo.version(), exercises, blocks, demo.printedOn(), demo.largePrint());
    }
}
