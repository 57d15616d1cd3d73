package org.rehabrx.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;

/** Account and care-team administration is for admins alone: every method, every other role, and nobody. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class AccountAdministrationAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    CareTeamAdministration careTeams;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo.clinician", "demo.patient"})
    void everyMethodIsDeniedToAnyoneButAnAdmin(String username) {
        SignedInAs.account(context, username);

        var methods = adminMethods();
        assertThat(methods).hasSizeGreaterThanOrEqualTo(14);
        methods.forEach(call -> assertThatThrownBy(() -> invoke(call))
                .as(call.method().getName())
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void everyMethodIsDeniedToNobodySignedIn() {
        adminMethods().forEach(call -> assertThatThrownBy(() -> invoke(call))
                .as(call.method().getName())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
    }

    @Test
    void everyMethodAllowsAdminsOnlyAndIsAudited() {
        for (var call : adminMethods()) {
            var method = call.method();
            assertThat(method.getAnnotation(PreAuthorize.class)).as(method.getName()).isNotNull()
                    .extracting(PreAuthorize::value).isEqualTo("hasRole('ADMIN')");
            assertThat(method.getAnnotation(Audited.class)).as(method.getName()).isNotNull();
        }
    }

    @Test
    void theActivationStepIsOpenToAnyoneAndItsUseIsAudited() throws NoSuchMethodException {
        for (var method : publicMethods(ActivationService.class)) {
            assertThat(method.getAnnotation(PreAuthorize.class)).as(method.getName()).isNotNull()
                    .extracting(PreAuthorize::value).isEqualTo("permitAll()");
        }
        assertThat(ActivationService.class.getMethod("activate", String.class, String.class)
                .getAnnotation(Audited.class)).isNotNull();
    }

    private record Call(Object service, Method method) {
    }

    private List<Call> adminMethods() {
        return java.util.stream.Stream.of(accounts, careTeams)
                .flatMap(service -> publicMethods(AopUtils.getTargetClass(service)).stream()
                        .map(method -> new Call(service, method)))
                .toList();
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .toList();
    }

    /** Arguments do not matter: method security refuses before the method looks at them. */
    private static void invoke(Call call) throws Throwable {
        var arguments = Arrays.stream(call.method().getParameterTypes())
                .map(type -> type == long.class ? (Object) 0L : type == int.class ? (Object) 1 : null)
                .toArray();
        try {
            call.method().invoke(call.service(), arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
