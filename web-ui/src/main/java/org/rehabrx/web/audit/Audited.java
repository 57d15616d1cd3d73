package org.rehabrx.web.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.rehabrx.core.audit.AuditAction;

/**
 * Writes an audit event for every call of an application-service method, whatever its outcome: it
 * returned, it was refused (denied by authorization or authentication), or it failed.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    AuditAction value();

    /**
     * A SpEL expression over the method's parameters (such as {@code "#programmeId"}) for the record the call
     * is about: a {@code PatientId}, {@code ProgrammeId}, {@code SessionLogId}, {@code ProposalId} or
     * {@code AccountId}. Empty when the call is about no single record.
     */
    String subject() default "";
}
