package org.rehabrx.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.shared.Side;

class PatientTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private final AccountId physio = AccountId.newId();
    private final AccountId colleague = AccountId.newId();
    private final Condition metatarsalgia = new Condition("Central metatarsalgia, MTP joints 2–4", Side.BOTH);

    private Patient register(LocalDate dateOfBirth, Set<HealthFlag> flags) {
        return Patient.register(new ClinicReference("mt-017"), "  Margaret Okafor ", dateOfBirth, Locale.ENGLISH,
                new ContactDetails("+44 20 7946 0958", "m.okafor@example.org"), metatarsalgia, flags, physio, TODAY);
    }

    private Patient registered() {
        return register(LocalDate.of(1958, 6, 2), Set.of(HealthFlag.REDUCED_FOOT_SENSATION));
    }

    @Test
    void aRegisteredPatientIsActiveNewAndInTheCareOfTheRegisteringClinician() {
        var patient = registered();

        assertThat(patient.isActive()).isTrue();
        assertThat(patient.status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(patient.isNew()).isTrue();
        assertThat(patient.careTeam()).containsExactly(physio);
        assertThat(patient.account()).isNull();
        assertThat(patient.reference().value()).isEqualTo("MT-017");
        assertThat(patient.name()).isEqualTo("Margaret Okafor");
        assertThat(patient.healthFlags()).containsExactly(HealthFlag.REDUCED_FOOT_SENSATION);
    }

    @Test
    void registeringGivesEachPatientItsOwnId() {
        assertThat(registered().id()).isNotEqualTo(registered().id());
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> register(TODAY.plusDays(1), Set.of()))
                .withMessage("The date of birth cannot be in the future.");
    }

    @Test
    void aBabyBornTodayCanBeRegistered() {
        assertThat(register(TODAY, Set.of()).dateOfBirth()).isEqualTo(TODAY);
    }

    @Test
    void aBirthDateBefore1900IsRefusedAsAProbableTypo() {
        assertThat(register(LocalDate.of(1900, 1, 1), Set.of()).dateOfBirth()).isEqualTo(LocalDate.of(1900, 1, 1));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> register(LocalDate.of(1899, 12, 31), Set.of()))
                .withMessageContaining("before 1900")
                .withMessageContaining("check the year");
    }

    @Test
    void theNameIsRequired() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Patient.register(new ClinicReference("MT-017"), " ", LocalDate.of(1958, 6, 2),
                        Locale.ENGLISH, ContactDetails.NONE, metatarsalgia, Set.of(), physio, TODAY))
                .withMessage("Enter the patient's name.");
    }

    @Test
    void theCareTeamIsNeverEmpty() {
        var patient = registered();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Patient(patient.id(), patient.reference(), patient.name(),
                        patient.dateOfBirth(), patient.preferredLanguage(), patient.contact(), patient.condition(),
                        patient.healthFlags(), Set.of(), null, PatientStatus.ACTIVE, 0))
                .withMessage("A patient needs at least one clinician in the care team.");
    }

    @Test
    void aNegativeStoredVersionIsRefused() {
        var patient = registered();

        assertThatIllegalArgumentException().isThrownBy(() -> patient.storedAs(-1));
    }

    @Test
    void cliniciansJoinAndLeaveTheCareTeam() {
        var patient = registered().withClinicianInCareTeam(colleague);

        assertThat(patient.careTeam()).containsExactlyInAnyOrder(physio, colleague);
        assertThat(patient.isCaredForBy(colleague)).isTrue();

        var afterLeaving = patient.withClinicianLeavingCareTeam(physio);

        assertThat(afterLeaving.careTeam()).containsExactly(colleague);
        assertThat(afterLeaving.isCaredForBy(physio)).isFalse();
        assertThat(afterLeaving.isCaredForBy(colleague)).isTrue();
    }

    @Test
    void joiningTwiceDoesNotDuplicate() {
        assertThat(registered().withClinicianInCareTeam(physio).careTeam()).containsExactly(physio);
    }

    @Test
    void theLastClinicianCannotLeaveTheCareTeam() {
        var patient = registered();

        assertThatIllegalStateException()
                .isThrownBy(() -> patient.withClinicianLeavingCareTeam(physio))
                .withMessageContaining("last clinician cannot leave")
                .withMessageContaining("add another clinician first");
    }

    @Test
    void aClinicianOutsideTheCareTeamDoesNotCareForThePatient() {
        assertThat(registered().isCaredForBy(colleague)).isFalse();
    }

    @Test
    void unlinkingFreesTheRecordForAnotherAccountAndNeedsALink() {
        var first = AccountId.newId();
        var second = AccountId.newId();

        var unlinked = registered().linkedTo(first).unlinkedFromAccount();

        assertThat(unlinked.account()).isNull();
        assertThat(unlinked.linkedTo(second).account()).isEqualTo(second);
        assertThatIllegalStateException().isThrownBy(unlinked::unlinkedFromAccount)
                .withMessage("This patient record is not linked to an account.");
    }

    @Test
    void linksOnePatientAccountAndAcceptsLinkingTheSameOneAgain() {
        var login = AccountId.newId();
        var linked = registered().linkedTo(login);

        assertThat(linked.account()).isEqualTo(login);
        assertThat(linked.linkedTo(login).account()).isEqualTo(login);
    }

    @Test
    void aRecordLinkedToOneAccountRefusesASecond() {
        var linked = registered().linkedTo(AccountId.newId());

        assertThatIllegalStateException()
                .isThrownBy(() -> linked.linkedTo(AccountId.newId()))
                .withMessage("This patient record is already linked to another account.");
    }

    @Test
    void archivingAndReactivating() {
        var archived = registered().archived();

        assertThat(archived.status()).isEqualTo(PatientStatus.ARCHIVED);
        assertThat(archived.isActive()).isFalse();

        var reactivated = archived.reactivated();

        assertThat(reactivated.status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(reactivated.isActive()).isTrue();
        assertThat(reactivated.id()).isEqualTo(archived.id());
    }

    @Test
    void anArchivedPatientCannotBeArchivedAgain() {
        var archived = registered().archived();

        assertThatIllegalStateException()
                .isThrownBy(archived::archived)
                .withMessage("Cannot archive an archived patient; reactivate them first.");
    }

    @Test
    void onlyAnArchivedPatientCanBeReactivated() {
        assertThatIllegalStateException()
                .isThrownBy(() -> registered().reactivated())
                .withMessage("Only an archived patient can be reactivated.");
    }

    @Test
    void anArchivedPatientsDetailsCannotChange() {
        var archived = registered().archived();

        assertThatIllegalStateException()
                .isThrownBy(() -> archived.withDetails("Margaret Okafor-Smith", archived.dateOfBirth(),
                        Locale.ENGLISH, ContactDetails.NONE, metatarsalgia, TODAY))
                .withMessage("Cannot change the details of an archived patient; reactivate them first.");
    }

    @Test
    void anArchivedPatientsHealthFlagsCannotChange() {
        var archived = registered().archived();

        assertThatIllegalStateException()
                .isThrownBy(() -> archived.withHealthFlags(Set.of(HealthFlag.OPEN_WOUND)))
                .withMessage("Cannot change the health flags of an archived patient; reactivate them first.");
    }

    @Test
    void changingDetailsKeepsIdentityReferenceFlagsAndVersion() {
        var patient = registered().storedAs(4);
        var newCondition = new Condition("Central metatarsalgia, left MTP 2–3", Side.LEFT);

        var changed = patient.withDetails("Margaret Okafor-Smith", LocalDate.of(1958, 6, 3), Locale.GERMAN,
                ContactDetails.NONE, newCondition, TODAY);

        assertThat(changed.name()).isEqualTo("Margaret Okafor-Smith");
        assertThat(changed.dateOfBirth()).isEqualTo(LocalDate.of(1958, 6, 3));
        assertThat(changed.preferredLanguage()).isEqualTo(Locale.GERMAN);
        assertThat(changed.contact()).isEqualTo(ContactDetails.NONE);
        assertThat(changed.condition()).isEqualTo(newCondition);
        assertThat(changed.id()).isEqualTo(patient.id());
        assertThat(changed.reference()).isEqualTo(patient.reference());
        assertThat(changed.healthFlags()).isEqualTo(patient.healthFlags());
        assertThat(changed.careTeam()).isEqualTo(patient.careTeam());
        assertThat(changed.version()).isEqualTo(4);
        assertThat(changed.isNew()).isFalse();
    }

    @Test
    void changingDetailsStillRefusesABirthDateBefore1900() {
        var patient = registered();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> patient.withDetails(patient.name(), LocalDate.of(1858, 6, 2), Locale.ENGLISH,
                        ContactDetails.NONE, metatarsalgia, TODAY))
                .withMessageContaining("before 1900");
    }

    @Test
    void changingDetailsRefusesABirthDateInTheFuture() {
        var patient = registered();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> patient.withDetails(patient.name(), TODAY.plusDays(1), Locale.ENGLISH,
                        ContactDetails.NONE, metatarsalgia, TODAY))
                .withMessage("The date of birth cannot be in the future.");
    }

    @Test
    void healthFlagsCanBeReplacedAndCleared() {
        var patient = registered();

        var flagged = patient.withHealthFlags(Set.of(HealthFlag.CIRCULATION_PROBLEM, HealthFlag.OPEN_WOUND));
        assertThat(flagged.healthFlags())
                .containsExactlyInAnyOrder(HealthFlag.CIRCULATION_PROBLEM, HealthFlag.OPEN_WOUND);

        assertThat(flagged.withHealthFlags(Set.of()).healthFlags()).isEmpty();
    }

    @Test
    void healthFlagsAreCopiedDefensively() {
        var given = EnumSet.of(HealthFlag.REDUCED_FOOT_SENSATION);
        var patient = register(LocalDate.of(1958, 6, 2), given);

        given.add(HealthFlag.OPEN_WOUND);

        assertThat(patient.healthFlags()).containsExactly(HealthFlag.REDUCED_FOOT_SENSATION);
        assertThatThrownBy(() -> patient.healthFlags().add(HealthFlag.OPEN_WOUND))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theCareTeamIsCopiedDefensively() {
        var team = new HashSet<>(Set.of(physio));
        var patient = registered();
        var built = new Patient(patient.id(), patient.reference(), patient.name(), patient.dateOfBirth(),
                patient.preferredLanguage(), patient.contact(), patient.condition(), patient.healthFlags(), team,
                null, PatientStatus.ACTIVE, 0);

        team.clear();

        assertThat(built.careTeam()).containsExactly(physio);
        assertThatThrownBy(() -> built.careTeam().add(colleague))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
