package org.rehabrx.web.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.patient.PatientRegistration;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.programme.ProgrammeService;
import org.springframework.context.ApplicationContext;

/**
 * A new patient's first forefoot programme, prescribed through the application services as the signed-in
 * clinician, so that every rule, audit event and metric on the way applies as in production.
 */
public record ForefootPrescription(ApplicationContext context) {

    public Patient register(String reference, String name) {
        return context.getBean(PatientService.class).register(new PatientRegistration(reference, name,
                LocalDate.of(1966, 2, 3), Locale.ENGLISH, "", "", "Central metatarsalgia", Side.RIGHT, Set.of()));
    }

    /** A draft from the shipped template that started a week ago, so sessions of the last days can be logged. */
    public Programme draftFromTemplate(PatientId patient) {
        var today = LocalDate.now(context.getBean(Clock.class));
        var template = context.getBean(LibraryService.class).templates().stream()
                .filter(candidate -> "forefoot-plantar-pain".equals(candidate.key())).findFirst().orElseThrow();
        return context.getBean(ProgrammeService.class).startFromTemplate(patient, template.id(), today.minusDays(7),
                today.plusWeeks(4), PainScore.of(2));
    }
}
