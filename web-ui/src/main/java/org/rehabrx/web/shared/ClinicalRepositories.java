package org.rehabrx.web.shared;

import org.rehabrx.core.access.CareRelations;
import org.rehabrx.core.access.LibraryVisibility;
import org.rehabrx.core.caseload.Caseload;
import org.rehabrx.core.education.EducationBlocks;
import org.rehabrx.core.exercise.ExerciseImages;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.progression.Proposals;
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.core.template.Templates;
import org.rehabrx.db.access.JdbcCareRelations;
import org.rehabrx.db.access.JdbcLibraryVisibility;
import org.rehabrx.db.caseload.JdbcCaseload;
import org.rehabrx.db.education.JdbcEducationBlocks;
import org.rehabrx.db.exercise.JdbcExerciseImages;
import org.rehabrx.db.exercise.JdbcExercises;
import org.rehabrx.db.patient.JdbcPatients;
import org.rehabrx.db.programme.JdbcProgrammes;
import org.rehabrx.db.progression.JdbcProposals;
import org.rehabrx.db.sessionlog.JdbcSessionLogs;
import org.rehabrx.db.template.JdbcTemplates;
import org.rehabrx.core.treatment.TreatmentLabels;
import org.rehabrx.db.treatment.JdbcTreatmentLabels;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The db module's adapters behind the clinical ports. */
@Configuration(proxyBeanMethods = false)
class ClinicalRepositories {

    @Bean
    Patients patients(JdbcClient jdbc) {
        return new JdbcPatients(jdbc);
    }

    @Bean
    TreatmentLabels treatmentLabels(JdbcClient jdbc) {
        return new JdbcTreatmentLabels(jdbc);
    }

    @Bean
    CareRelations careRelations(JdbcClient jdbc) {
        return new JdbcCareRelations(jdbc);
    }

    @Bean
    LibraryVisibility libraryVisibility(JdbcClient jdbc) {
        return new JdbcLibraryVisibility(jdbc);
    }

    @Bean
    Caseload caseload(JdbcClient jdbc) {
        return new JdbcCaseload(jdbc);
    }

    @Bean
    Exercises exercises(JdbcClient jdbc) {
        return new JdbcExercises(jdbc);
    }

    @Bean
    ExerciseImages exerciseImages(JdbcClient jdbc) {
        return new JdbcExerciseImages(jdbc);
    }

    @Bean
    EducationBlocks educationBlocks(JdbcClient jdbc) {
        return new JdbcEducationBlocks(jdbc);
    }

    @Bean
    Templates templates(JdbcClient jdbc) {
        return new JdbcTemplates(jdbc);
    }

    @Bean
    Programmes programmes(JdbcClient jdbc) {
        return new JdbcProgrammes(jdbc);
    }

    @Bean
    SessionLogs sessionLogs(JdbcClient jdbc) {
        return new JdbcSessionLogs(jdbc);
    }

    @Bean
    Proposals proposals(JdbcClient jdbc) {
        return new JdbcProposals(jdbc);
    }
}
