package org.rehabrx.web.programme.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.PrescribedExercise;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The prescribed exercises in the order the patient does them; moved with up and down, removed, added. */
class PrescribedExerciseList extends Composite<Div> implements PrescribedExerciseCard.Actions {

    private final List<PrescribedExerciseCard> cards = new ArrayList<>();
    private final Paragraph empty = new Paragraph();
    private final Runnable onChange;
    private final Runnable onExercisesChanged;

    /**
     * @param onChange           any change of the prescriptions
     * @param onExercisesChanged an exercise was added or removed (cautions may change)
     */
    PrescribedExerciseList(Runnable onChange, Runnable onExercisesChanged) {
        this.onChange = onChange;
        this.onExercisesChanged = onExercisesChanged;
        empty.setText(getTranslation("programme.exercises.empty"));
        empty.addClassName("programme-empty");
        getContent().addClassName("programme-exercise-list");
        refresh();
    }

    void show(List<PrescribedExercise> prescribed, java.util.Map<ExerciseId, Exercise> library) {
        cards.clear();
        for (var item : prescribed) {
            var exercise = library.get(item.exercise());
            if (exercise != null) {
                cards.add(new PrescribedExerciseCard(exercise, item, this));
            }
        }
        refresh();
    }

    /** Adds the exercise at level 1 with that level's default dosage. */
    void add(Exercise exercise) {
        var first = exercise.level(1);
        cards.add(new PrescribedExerciseCard(exercise, new PrescribedExercise(exercise.id(), 1,
                first.defaultDosage(), ""), this));
        refresh();
        onChange.run();
        onExercisesChanged.run();
    }

    List<ExerciseId> exerciseIds() {
        return cards.stream().map(PrescribedExerciseCard::exerciseId).toList();
    }

    List<String> exerciseNames() {
        return cards.stream().map(PrescribedExerciseCard::exerciseName).toList();
    }

    /** Every prescription as typed, or empty when one of them has a value the domain refuses. */
    Optional<List<PrescribedExercise>> prescribed() {
        boolean valid = true;
        for (var card : cards) {
            valid &= card.validate();
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(cards.stream().map(card -> card.prescribed().orElseThrow()).toList());
    }

    @Override
    public void moveUp(PrescribedExerciseCard card) {
        move(card, -1);
    }

    @Override
    public void moveDown(PrescribedExerciseCard card) {
        move(card, 1);
    }

    @Override
    public void remove(PrescribedExerciseCard card) {
        cards.remove(card);
        refresh();
        onChange.run();
        onExercisesChanged.run();
    }

    @Override
    public void changed() {
        onChange.run();
    }

    private void move(PrescribedExerciseCard card, int by) {
        int from = cards.indexOf(card);
        int to = from + by;
        if (from < 0 || to < 0 || to >= cards.size()) {
            return;
        }
        cards.remove(from);
        cards.add(to, card);
        refresh();
        onChange.run();
    }

    private void refresh() {
        getContent().removeAll();
        if (cards.isEmpty()) {
            getContent().add(empty);
        }
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).setPosition(i, cards.size());
            getContent().add(cards.get(i));
        }
    }
}
