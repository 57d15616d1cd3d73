package org.rehabrx.web.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.caseload.CaseloadFilter;
import org.rehabrx.core.caseload.CaseloadRow;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;

/** A caseload is a clinician's own: nobody else reads one, and a clinician reads no one else's. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class CaseloadAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseloadService caseload;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void eachClinicianReadsOnlyTheirOwnCaseload() {
        SignedInAs.account(context, "demo.clinician");
        assertThat(references()).contains("DEMO-0001").doesNotContain("DEMO-0002");
        assertThat(caseload.hasPatients()).isTrue();

        SignedInAs.account(context, "demo.clinician2");
        assertThat(references()).contains("DEMO-0002").doesNotContain("DEMO-0001");
    }

    @Test
    void aPatientCannotReadACaseload() {
        SignedInAs.account(context, "demo.patient");

        everyUseCase().forEach(useCase -> assertThatThrownBy(useCase).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void anAdminCannotReadACaseload() {
        SignedInAs.account(context, "demo.admin");

        everyUseCase().forEach(useCase -> assertThatThrownBy(useCase).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void nobodySignedInCannotReadACaseload() {
        everyUseCase().forEach(useCase -> assertThatThrownBy(useCase)
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
    }

    private List<ThrowingCallable> everyUseCase() {
        return List.of(
                () -> caseload.page(CaseloadFilter.ACTIVE_PATIENTS, List.of(), 0, 25),
                () -> caseload.firstPage(CaseloadFilter.ACTIVE_PATIENTS, List.of(), 25),
                () -> caseload.hasPatients());
    }

    private List<String> references() {
        return caseload.page(CaseloadFilter.ACTIVE_PATIENTS, List.of(), 0, 500).stream()
                .map(CaseloadRow::reference).map(Object::toString).toList();
    }
}
