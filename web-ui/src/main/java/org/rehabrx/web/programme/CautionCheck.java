package org.rehabrx.web.programme;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.programme.Caution;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeContent;
import org.springframework.stereotype.Component;

/** The cautions a programme's content raises for its patient, looked up in the exercise library. */
@Component
public class CautionCheck {

    private final Exercises exercises;

    CautionCheck(Exercises exercises) {
        this.exercises = exercises;
    }

    public List<Caution> raisedBy(ProgrammeContent content, Patient patient) {
        var ids = content.exercises().stream().map(PrescribedExercise::exercise).toList();
        var library = exercises.findAllById(ids).stream()
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
        return Caution.raisedBy(content.exercises(), library, patient);
    }
}
