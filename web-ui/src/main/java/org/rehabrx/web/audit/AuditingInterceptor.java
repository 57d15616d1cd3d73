package org.rehabrx.web.audit;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.rehabrx.core.audit.AuditOutcome;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Records the outcome of an {@link Audited} call: SUCCESS when it returns, DENIED when authentication or
 * authorization refuses it, FAILED on any other exception, which is rethrown unchanged.
 */
final class AuditingInterceptor implements MethodInterceptor {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();
    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

    private final ObjectProvider<AuditRecorder> recorder;
    private final Map<Method, Expression> subjects = new ConcurrentHashMap<>();

    AuditingInterceptor(ObjectProvider<AuditRecorder> recorder) {
        this.recorder = recorder;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        if (AuditedCalls.running()) {
            return invocation.proceed();
        }
        Method method = invocation.getThis() == null ? invocation.getMethod()
                : AopUtils.getMostSpecificMethod(invocation.getMethod(), invocation.getThis().getClass());
        Audited audited = AnnotatedElementUtils.findMergedAnnotation(method, Audited.class);
        if (audited == null) {
            return invocation.proceed();
        }
        Object subject = subjectOf(audited, method, invocation.getArguments());
        AuditedCalls.enter();
        Object result;
        try {
            result = invocation.proceed();
        } catch (AccessDeniedException | AuthenticationException refused) {
            throw recorded(refused, audited, subject, AuditOutcome.DENIED);
        } catch (Throwable failure) {
            throw recorded(failure, audited, subject, AuditOutcome.FAILED);
        } finally {
            AuditedCalls.leave();
        }
        record(audited, subject, result, AuditOutcome.SUCCESS);
        return result;
    }

    /** The call's own exception is what the caller gets, even when recording it fails too. */
    private Throwable recorded(Throwable exception, Audited audited, @Nullable Object subject, AuditOutcome outcome) {
        try {
            record(audited, subject, null, outcome);
        } catch (RuntimeException notRecorded) {
            exception.addSuppressed(notRecorded);
        }
        return exception;
    }

    private void record(Audited audited, @Nullable Object subject, @Nullable Object result, AuditOutcome outcome) {
        recorder.getObject().record(audited.value(), subject != null ? subject : result, outcome);
    }

    private @Nullable Object subjectOf(Audited audited, Method method, @Nullable Object[] arguments) {
        if (audited.subject().isEmpty()) {
            return null;
        }
        var expression = subjects.computeIfAbsent(method, ignored -> PARSER.parseExpression(audited.subject()));
        return expression.getValue(new MethodBasedEvaluationContext(null, method, arguments, PARAMETER_NAMES));
    }
}
