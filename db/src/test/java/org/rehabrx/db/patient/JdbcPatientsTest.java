package org.rehabrx.db.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.ContactDetails;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.PatientStatus;
import org.rehabrx.core.patient.ReferenceTakenException;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.Side;
import org.rehabrx.db.ClinicalFixtures;
import org.rehabrx.db.ConcurrentSaves;
import org.springframework.dao.DataIntegrityViolationException;

class JdbcPatientsTest {

    private static ClinicalFixtures db;
    private final JdbcPatients patients = new JdbcPatients(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void aPatientWithEveryDetailIsStoredAndFoundByIdAndReference() {
        var maria = db.clinician("maria.lopez");
        var sam = db.clinician("sam.okafor");
        var login = db.patientLogin("amara.osei");
        var registered = Patient.register(new ClinicReference("rrx-2026-0007"), "Amara Osei",
                LocalDate.of(1958, 6, 14), Locale.forLanguageTag("de-CH"),
                new ContactDetails("+41 44 668 18 00", "amara.osei@example.org"),
                new Condition("Plantar forefoot pain under the 2nd metatarsal head", Side.LEFT),
                EnumSet.of(HealthFlag.REDUCED_FOOT_SENSATION, HealthFlag.CIRCULATION_PROBLEM), maria,
                ClinicalFixtures.TODAY);
        var complete = registered.withClinicianInCareTeam(sam).linkedTo(login);

        var saved = patients.save(complete);

        assertThat(saved.version()).isEqualTo(1);
        var found = patients.findById(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.reference().value()).isEqualTo("RRX-2026-0007");
        assertThat(found.preferredLanguage()).isEqualTo(Locale.of("de", "CH"));
        assertThat(found.healthFlags())
                .containsExactlyInAnyOrder(HealthFlag.REDUCED_FOOT_SENSATION, HealthFlag.CIRCULATION_PROBLEM);
        assertThat(found.careTeam()).containsExactlyInAnyOrder(maria, sam);
        assertThat(found.account()).isEqualTo(login);
        assertThat(patients.findByReference(new ClinicReference("RRX-2026-0007"))).contains(saved);
    }

    @Test
    void aPatientWithoutContactDetailsOrHealthFlagsRoundTrips() {
        var clinician = db.clinician("lee.chen");
        var patient = Patient.register(new ClinicReference("rrx-2026-0099"), "Bernd Keller",
                LocalDate.of(1971, 11, 2), Locale.ENGLISH, ContactDetails.NONE,
                new Condition("Morton's neuroma, 3rd web space", Side.BOTH), Set.of(), clinician,
                ClinicalFixtures.TODAY);

        var saved = patients.save(patient);

        assertThat(patients.findById(saved.id())).contains(saved);
        assertThat(saved.account()).isNull();
    }

    @Test
    void anUnknownPatientIsNotFound() {
        assertThat(patients.findById(PatientId.newId())).isEmpty();
        assertThat(patients.findByReference(new ClinicReference("NO-SUCH-REF"))).isEmpty();
        assertThat(patients.findByAccount(AccountId.newId())).isEmpty();
    }

    @Test
    void changesAreStoredUnderTheNextVersionAndTheCareTeamFollows() {
        var maria = db.clinician("maria.lopez");
        var sam = db.clinician("sam.okafor");
        var saved = patients.save(db.amaraOsei(maria).withClinicianInCareTeam(sam));

        var changed = patients.save(saved
                .withDetails("Amara Osei-Mensah", saved.dateOfBirth(), Locale.FRENCH,
                        new ContactDetails("", "amara@example.org"),
                        new Condition("Metatarsalgia 2–4, both feet", Side.BOTH), ClinicalFixtures.TODAY)
                .withHealthFlags(Set.of(HealthFlag.OSTEOPOROSIS))
                .withClinicianLeavingCareTeam(maria));

        assertThat(changed.version()).isEqualTo(2);
        var reloaded = patients.findById(saved.id()).orElseThrow();
        assertThat(reloaded).isEqualTo(changed);
        assertThat(reloaded.name()).isEqualTo("Amara Osei-Mensah");
        assertThat(reloaded.healthFlags()).containsExactly(HealthFlag.OSTEOPOROSIS);
        assertThat(reloaded.careTeam()).containsExactly(sam);
        assertThat(db.rows("patient_care_team", "patient_id = ?", saved.id().value())).isEqualTo(1);
    }

    @Test
    void anArchivedPatientStaysArchived() {
        var saved = patients.save(db.amaraOsei(db.clinician("maria.lopez")));

        patients.save(saved.archived());

        assertThat(patients.findById(saved.id()).orElseThrow().status()).isEqualTo(PatientStatus.ARCHIVED);
    }

    @Test
    void aSecondPatientWithTheSameReferenceInAnyCaseIsRefused() {
        var clinician = db.clinician("maria.lopez");
        var first = patients.save(db.patient("Amara Osei", clinician, Set.of()));
        var sameReferenceTyped = Patient.register(new ClinicReference(first.reference().value().toLowerCase()),
                "Somebody Else", LocalDate.of(1980, 1, 1), Locale.ENGLISH, ContactDetails.NONE,
                new Condition("Hallux rigidus", Side.RIGHT), Set.of(), clinician, ClinicalFixtures.TODAY);

        assertThatExceptionOfType(ReferenceTakenException.class)
                .isThrownBy(() -> patients.save(sameReferenceTyped))
                .satisfies(taken -> assertThat(taken.reference()).isEqualTo(first.reference()))
                .withMessageNotContaining(first.reference().value());
        assertThat(patients.findById(sameReferenceTyped.id())).isEmpty();
        assertThat(patients.findByReference(first.reference())).contains(first);
    }

    @Test
    void changingAReferenceToOneInUseIsRefused() {
        var clinician = db.clinician("maria.lopez");
        var first = patients.save(db.patient("Amara Osei", clinician, Set.of()));
        var second = patients.save(db.patient("Bernd Keller", clinician, Set.of()));
        var clash = new Patient(second.id(), first.reference(), second.name(), second.dateOfBirth(),
                second.preferredLanguage(), second.contact(), second.condition(), second.healthFlags(),
                second.careTeam(), second.account(), second.status(), second.version());

        assertThatExceptionOfType(ReferenceTakenException.class).isThrownBy(() -> patients.save(clash));
        assertThat(patients.findById(second.id())).contains(second);
    }

    @Test
    void aLoginLinkedToOnePatientCannotBeLinkedToAnother() {
        var clinician = db.clinician("maria.lopez");
        var login = db.patientLogin("amara.osei");
        patients.save(db.patient("Amara Osei", clinician, Set.of()).linkedTo(login));
        var other = db.patient("Bernd Keller", clinician, Set.of()).linkedTo(login);

        assertThatThrownBy(() -> patients.save(other))
                .isInstanceOf(DataIntegrityViolationException.class)
                .isNotInstanceOf(ReferenceTakenException.class)
                .hasMessageContaining("patient_account_uk");
    }

    @Test
    void thePatientOfALoginIsFoundByThatLogin() {
        var clinician = db.clinician("maria.lopez");
        var login = db.patientLogin("amara.osei");
        var linked = patients.save(db.amaraOsei(clinician).linkedTo(login));
        patients.save(db.patient("Bernd Keller", clinician, Set.of()));

        assertThat(patients.findByAccount(login)).contains(linked);
        assertThat(patients.findByAccount(clinician)).isEmpty();
    }

    @Test
    void aClinicianSeesExactlyThePatientsWhoseCareTeamTheyAreInByName() {
        var maria = db.clinician("maria.lopez");
        var sam = db.clinician("sam.okafor");
        var carla = patients.save(db.patient("Carla Mendes", maria, Set.of()));
        var amara = patients.save(db.patient("Amara Osei", maria, Set.of()).withClinicianInCareTeam(sam));
        var bernd = patients.save(db.patient("Bernd Keller", sam, Set.of()));

        assertThat(patients.inCareOf(maria)).containsExactly(amara, carla);
        assertThat(patients.inCareOf(sam)).containsExactly(amara, bernd);

        patients.save(amara.withClinicianLeavingCareTeam(maria));
        assertThat(patients.inCareOf(maria)).containsExactly(carla);
        assertThat(patients.inCareOf(db.clinician("new.colleague"))).isEmpty();
    }

    @Test
    void ofTwoConcurrentChangesOnlyTheFirstIsStoredAndTheSecondIsToldSo() throws InterruptedException {
        var maria = db.clinician("maria.lopez");
        var sam = db.clinician("sam.okafor");
        var saved = patients.save(db.amaraOsei(maria));
        var bothLoaded = patients.findById(saved.id()).orElseThrow();

        var outcome = ConcurrentSaves.race(db,
                () -> patients.save(bothLoaded.withHealthFlags(Set.of(HealthFlag.OPEN_WOUND))),
                () -> patients.save(bothLoaded.withClinicianInCareTeam(sam)));

        assertThat(outcome.firstFailure()).isNull();
        assertThat(outcome.secondFailure()).isInstanceOf(ConcurrentChangeException.class);
        assertThat(outcome.secondWaitedForLock()).isTrue();
        var stored = patients.findById(saved.id()).orElseThrow();
        assertThat(stored).isEqualTo(outcome.first());
        assertThat(stored.healthFlags()).containsExactly(HealthFlag.OPEN_WOUND);
        assertThat(stored.careTeam()).containsExactly(maria);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        var saved = patients.save(db.amaraOsei(db.clinician("maria.lopez")));
        patients.save(saved.archived());

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> patients.save(saved.withHealthFlags(Set.of())));
        assertThat(patients.findById(saved.id()).orElseThrow().status()).isEqualTo(PatientStatus.ARCHIVED);
    }

    @Test
    void aCareTeamMemberWithoutAnAccountRollsTheWholeRegistrationBack() {
        var clinician = db.clinician("maria.lopez");
        var withUnknownColleague = db.amaraOsei(clinician).withClinicianInCareTeam(AccountId.newId());

        assertThatThrownBy(() -> db.transactions().executeWithoutResult(tx -> patients.save(withUnknownColleague)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("patient_care_team_clinician_fk");
        assertThat(db.rows("patient", "id = ?", withUnknownColleague.id().value())).isZero();
        assertThat(db.rows("patient_care_team", "patient_id = ?", withUnknownColleague.id().value())).isZero();
    }
}
