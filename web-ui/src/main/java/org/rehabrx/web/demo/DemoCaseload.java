package org.rehabrx.web.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.ContactDetails;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.Caution;
import org.rehabrx.core.programme.CautionAcknowledgement;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.core.template.Templates;
import org.rehabrx.web.programme.CautionCheck;
import org.rehabrx.web.sessionlog.SessionLogged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two demo patients: one with reduced foot sensation on the forefoot programme with a few logged sessions
 * (linked to {@code demo.patient}), one new patient without a programme (linked to {@code demo.patient2}).
 * Runs after the library import and the demo accounts, and only once.
 */
@Component
@Profile("demo")
@Order(2)
class DemoCaseload implements ApplicationRunner {

    private static final ClinicReference FIRST = new ClinicReference("DEMO-0001");
    private static final Logger log = LoggerFactory.getLogger(DemoCaseload.class);

    private final Accounts accounts;
    private final Patients patients;
    private final Templates templates;
    private final Exercises exercises;
    private final Programmes programmes;
    private final SessionLogs sessionLogs;
    private final CautionCheck cautions;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoCaseload(Accounts accounts, Patients patients, Templates templates, Exercises exercises,
                 Programmes programmes, SessionLogs sessionLogs, CautionCheck cautions,
                 TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.patients = patients;
        this.templates = templates;
        this.exercises = exercises;
        this.programmes = programmes;
        this.sessionLogs = sessionLogs;
        this.cautions = cautions;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (patients.findByReference(FIRST).isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            var today = LocalDate.now(clock);
            var maria = patients.save(Patient.register(FIRST, "Maria Rossi (demo patient)", LocalDate.of(1961, 9, 14),
                    Locale.ENGLISH, new ContactDetails("+44 20 7946 0000", "maria.rossi@example.org"),
                    new Condition("Central metatarsalgia under the 2nd and 3rd metatarsal heads", Side.LEFT),
                    Set.of(HealthFlag.REDUCED_FOOT_SENSATION), account("demo.clinician"), today)
                    .linkedTo(account("demo.patient")));
            var programme = activeForefootProgramme(maria, today);
            logSessions(programme, account("demo.patient"), today);
            patients.save(Patient.register(new ClinicReference("DEMO-0002"), "Jonas Weber (demo patient)",
                    LocalDate.of(1974, 2, 3), Locale.ENGLISH, ContactDetails.NONE,
                    new Condition("Pain under the ball of the foot when walking on hard floors", Side.BOTH),
                    Set.of(), account("demo.clinician2"), today).linkedTo(account("demo.patient2")));
        });
        log.warn("Demo profile: created the demo patients DEMO-0001 and DEMO-0002.");
    }

    private Programme activeForefootProgramme(Patient patient, LocalDate today) {
        var clinician = account("demo.clinician");
        var template = templates.findByKey("forefoot-plantar-pain").orElseThrow();
        var content = template.toContent(today.minusDays(10), today.plusWeeks(4), PainScore.of(2),
                patient.condition().side());
        var now = clock.instant();
        for (Caution caution : cautions.raisedBy(content, patient)) {
            content = content.withAcknowledgement(new CautionAcknowledgement(caution.exercise(), caution.flag(),
                    "Demo: sensation checked with a monofilament; the patient tests water with the elbow first.",
                    clinician, now));
        }
        var draft = Programme.draft(patient.id(), clinician, content, now);
        return programmes.save(draft.activated(cautions.raisedBy(content, patient), clinician, now));
    }

    private void logSessions(Programme programme, AccountId patientAccount, LocalDate today) {
        var toeCurls = exercises.findByKey("toe-curls").orElseThrow().id();
        var marbles = exercises.findByKey("marble-pick-up").orElseThrow().id();
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            sessionLogs.save(SessionLog.record(programme.id(), programme.number(), toeCurls, 1,
                    today.minusDays(daysAgo), true, 2, PainScore.of(2), PainScore.of(1), "", patientAccount,
                    clock.instant(), today));
        }
        sessionLogs.save(SessionLog.record(programme.id(), programme.number(), marbles, 1, today.minusDays(1),
                true, 2, PainScore.of(5), PainScore.of(2), "Sore towards the end", patientAccount, clock.instant(),
                today));
        events.publishEvent(new SessionLogged(programme.id()));
    }

    private AccountId account(String username) {
        return accounts.findByUsername(new Username(username)).orElseThrow().id();
    }
}
