package org.rehabrx.core.programme;

import java.time.Instant;
import java.util.Objects;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.shared.Text;

/** A clinician's decision to prescribe an exercise despite a caution, and why. */
public record CautionAcknowledgement(ExerciseId exercise, HealthFlag flag, String reason, AccountId by,
                                     Instant at) {

    public CautionAcknowledgement {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(flag, "flag");
        reason = Text.required(reason, "the reason for prescribing despite the caution", 1000);
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    public boolean covers(Caution caution) {
        return exercise.equals(caution.exercise()) && flag == caution.flag();
    }
}
