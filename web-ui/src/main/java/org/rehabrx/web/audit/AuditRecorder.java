package org.rehabrx.web.audit;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.access.CareRelations;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.Actor;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditOutcome;
import org.rehabrx.core.audit.AuditRecord;
import org.rehabrx.core.audit.AuditSubject;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.audit.SubjectType;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.progression.ProposalId;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.web.security.AccountPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Turns what just happened into an audit event: the signed-in actor, the patient the subject belongs to, and
 * the address the request came from.
 */
@Component
class AuditRecorder {

    private final AuditTrail trail;
    private final CareRelations careRelations;
    private final Patients patients;
    private final ObjectProvider<SecurityContextHolderStrategy> securityContexts;
    private final Clock clock;

    AuditRecorder(AuditTrail trail, CareRelations careRelations, Patients patients,
                  ObjectProvider<SecurityContextHolderStrategy> securityContexts, Clock clock) {
        this.trail = trail;
        this.careRelations = careRelations;
        this.patients = patients;
        this.securityContexts = securityContexts;
        this.clock = clock;
    }

    /** Records an action of the signed-in account (or of nobody) on the given subject. */
    void record(AuditAction action, @Nullable Object subject, AuditOutcome outcome) {
        record(actorOf(currentAuthentication()), action, subject, outcome, currentClientAddress());
    }

    void record(Actor actor, AuditAction action, @Nullable Object subject, AuditOutcome outcome,
                String clientAddress) {
        var named = subjectOf(subject, outcome);
        var patient = named == null ? null : patientOf(named);
        trail.append(new AuditRecord(clock.instant(), actor, action, patient, named, outcome, clientAddress));
    }

    static Actor actorOf(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal account) {
            return Actor.account(account.accountId(), new Username(account.getUsername()), account.role());
        }
        return Actor.anonymous();
    }

    @Nullable Authentication currentAuthentication() {
        var strategy = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        return strategy.getContext().getAuthentication();
    }

    /**
     * The address of the current request as the servlet container reports it; behind a proxy, the container
     * takes it from the forwarding headers when {@code server.forward-headers-strategy} says to trust them.
     */
    static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        var vaadinRequest = VaadinServletRequest.getCurrent();
        return vaadinRequest == null ? "" : vaadinRequest.getRemoteAddr();
    }

    /**
     * A clinic reference names its patient only after the call succeeded: finding the patient reads the record,
     * and a refused call reads no record, not even to name it here.
     */
    private @Nullable AuditSubject subjectOf(@Nullable Object subject, AuditOutcome outcome) {
        if (subject instanceof ClinicReference && outcome != AuditOutcome.SUCCESS) {
            return null;
        }
        return switch (subject) {
            case PatientId id -> new AuditSubject(SubjectType.PATIENT, id.value());
            case Patient patient -> new AuditSubject(SubjectType.PATIENT, patient.id().value());
            case ClinicReference reference -> patients.findByReference(reference)
                    .map(patient -> new AuditSubject(SubjectType.PATIENT, patient.id().value()))
                    .orElse(null);
            case ProgrammeId id -> new AuditSubject(SubjectType.PROGRAMME, id.value());
            case SessionLogId id -> new AuditSubject(SubjectType.SESSION_LOG, id.value());
            case ProposalId id -> new AuditSubject(SubjectType.PROPOSAL, id.value());
            case AccountId id -> new AuditSubject(SubjectType.ACCOUNT, id.value());
            case null, default -> null;
        };
    }

    private @Nullable PatientId patientOf(AuditSubject subject) {
        Optional<PatientId> patient = switch (subject.type()) {
            case PATIENT -> Optional.of(new PatientId(subject.id()));
            case PROGRAMME -> careRelations.patientOfProgramme(new ProgrammeId(subject.id()));
            case SESSION_LOG -> careRelations.patientOfSessionLog(new SessionLogId(subject.id()));
            case PROPOSAL -> careRelations.patientOfProposal(new ProposalId(subject.id()));
            case ACCOUNT -> Optional.empty();
        };
        return patient.orElse(null);
    }
}
