package org.rehabrx.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.HealthFlag;
import org.springframework.dao.DataIntegrityViolationException;

/** What the schema itself guarantees, whichever code writes to it. */
class SchemaTest {

    private static ClinicalFixtures db;

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void theChangelogCreatesOneTableForEachAggregateAndPart() {
        var tables = db.jdbc().sql("""
                SELECT table_name FROM information_schema.tables
                 WHERE table_schema = 'public' AND table_name NOT LIKE 'databasechangelog%'
                 ORDER BY table_name
                """).query(String.class).list();

        assertThat(tables).containsExactly("account", "activation", "audit_event", "caution_acknowledgement",
                "education_block", "education_block_translation", "exercise", "exercise_image", "exercise_level",
                "exercise_translation", "patient", "patient_care_team", "prescribed_exercise", "programme",
                "programme_education_block", "programme_orthotic_note", "programme_version", "proposal",
                "proposal_log", "second_factor", "seen_programme_version", "session_log", "sign_in_failure", "template",
                "template_education_block", "template_exercise", "template_orthotic_note", "template_translation");
    }

    @Test
    void aDosageMeasuredTwiceOrWithPainAboveTenIsRefused() {
        var toeCurls = db.saved(db.toeCurls()).id().value();

        assertThatThrownBy(() -> db.jdbc().sql("""
                UPDATE exercise_level SET default_hold_seconds = 10 WHERE exercise_id = ? AND number = 1
                """).param(toeCurls).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("exercise_level_dosage_ck");
        assertThatThrownBy(() -> db.jdbc().sql("""
                UPDATE exercise_level SET default_pain_limit = 11 WHERE exercise_id = ? AND number = 2
                """).param(toeCurls).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("exercise_level_dosage_ck");
        assertThat(db.jdbc().sql("""
                UPDATE exercise_level SET default_rest_seconds = 60 WHERE exercise_id = ? AND number = 3
                """).param(toeCurls).update()).isOne();
    }

    @Test
    void aLowerCaseReferenceOrAnUnknownHealthFlagIsRefused() {
        var patient = db.saved(db.amaraOsei(db.clinician("maria.lopez"))).id().value();

        assertThatThrownBy(() -> db.jdbc().sql("UPDATE patient SET reference = lower(reference) WHERE id = ?")
                .param(patient).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("patient_reference_upper_ck");
        assertThatThrownBy(() -> db.jdbc().sql("UPDATE patient SET health_flags = '{PREGNANCY}' WHERE id = ?")
                .param(patient).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("patient_health_flags_ck");
    }

    @Test
    void theHealthFlagCheckKnowsEveryHealthFlag() {
        var patient = db.saved(db.patient("Carla Mendes", db.clinician("maria.lopez"), Set.of(HealthFlag.values())));

        assertThat(db.jdbc().sql("SELECT cardinality(health_flags) FROM patient WHERE id = ?")
                .param(patient.id().value()).query(Integer.class).single()).isEqualTo(HealthFlag.values().length);
    }
}
