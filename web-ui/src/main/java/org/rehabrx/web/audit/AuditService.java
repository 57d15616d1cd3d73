package org.rehabrx.web.audit;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.access.CareRelations;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditEvent;
import org.rehabrx.core.audit.AuditQuery;
import org.rehabrx.core.audit.AuditTrail;
import org.rehabrx.core.audit.ChainVerification;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.web.security.SignedInAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail: the admin's search, export and chain verification, and the report of who accessed
 * a patient's record, for an admin or for the patient themselves. Admins see patients by reference only.
 */
@Service
public class AuditService {

    /** How many events the export reads at a time. */
    private static final int EXPORT_BATCH = 500;

    private final AuditTrail trail;
    private final Accounts accounts;
    private final Patients patients;
    private final CareRelations careRelations;
    private final SignedInAccount signedIn;
    private final Clock clock;

    AuditService(AuditTrail trail, Accounts accounts, Patients patients, CareRelations careRelations,
                 SignedInAccount signedIn, Clock clock) {
        this.trail = trail;
        this.accounts = accounts;
        this.patients = patients;
        this.careRelations = careRelations;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /** The matching events, newest first. */
    @Audited(AuditAction.AUDIT_EVENTS_VIEWED)
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEventRow> search(AuditSearch search, int offset, int limit) {
        return queryFor(search).map(query -> rows(trail.search(query, offset, limit))).orElse(List.of());
    }

    /** How many events match; not audited: a count shows no event, and the page read beside it is audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditSearch search) {
        return queryFor(search).map(trail::count).orElse(0L);
    }

    /** Writes the matching events as CSV, newest first. */
    @Audited(AuditAction.AUDIT_EVENTS_EXPORTED)
    @PreAuthorize("hasRole('ADMIN')")
    public void exportCsv(AuditSearch search, Writer out) {
        var csv = new AuditCsv(out);
        var query = queryFor(search);
        if (query.isEmpty()) {
            return;
        }
        int offset = 0;
        List<AuditEvent> batch;
        do {
            batch = trail.search(query.get(), offset, EXPORT_BATCH);
            rows(batch).forEach(csv::write);
            offset += batch.size();
        } while (batch.size() == EXPORT_BATCH);
    }

    @Audited(AuditAction.AUDIT_CHAIN_VERIFIED)
    @PreAuthorize("hasRole('ADMIN')")
    public ChainVerification verifyChain() {
        return trail.verify();
    }

    /** Who read or changed the record with this reference, newest first; nothing when there is no such record. */
    @Audited(value = AuditAction.RECORD_ACCESS_REPORTED, subject = "#reference")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<RecordAccess> accessesOf(ClinicReference reference, int offset, int limit) {
        return patients.findByReference(reference)
                .map(patient -> accesses(patient.id(), null, offset, limit))
                .orElse(List.of());
    }

    /** Who read or changed the signed-in patient's own record, newest first. */
    @Audited(AuditAction.RECORD_ACCESS_REPORTED)
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public List<RecordAccess> accessesOfMyRecord(int offset, int limit) {
        var self = signedIn.require().accountId();
        var patient = careRelations.patientOfAccount(self)
                .orElseThrow(() -> new AccessDeniedException("No patient record is linked to this account"));
        return accesses(patient, self, offset, limit);
    }

    private List<RecordAccess> accesses(PatientId patient, @Nullable AccountId self, int offset, int limit) {
        var names = new HashMap<AccountId, String>();
        return trail.search(AuditQuery.ofPatient(patient), offset, limit).stream()
                .map(event -> new RecordAccess(event.occurredAt(), nameOf(event.actorAccount(), names),
                        event.actorRole(), event.actorAccount() != null && event.actorAccount().equals(self),
                        event.action(), event.outcome()))
                .toList();
    }

    private String nameOf(@Nullable AccountId account, Map<AccountId, String> names) {
        if (account == null) {
            return "";
        }
        return names.computeIfAbsent(account,
                id -> accounts.findById(id).map(found -> found.displayName()).orElse(""));
    }

    /** The query the admin's filter means; empty when a named user or patient does not exist, so nothing matches. */
    private Optional<AuditQuery> queryFor(AuditSearch search) {
        AccountId actor = null;
        if (isGiven(search.username())) {
            var account = parsed(() -> new Username(search.username())).flatMap(accounts::findByUsername);
            if (account.isEmpty()) {
                return Optional.empty();
            }
            actor = account.get().id();
        }
        PatientId patient = null;
        if (isGiven(search.patientReference())) {
            var found = parsed(() -> new ClinicReference(search.patientReference())).flatMap(patients::findByReference);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            patient = found.get().id();
        }
        return Optional.of(new AuditQuery(actor, patient, search.action(), startOf(search.from()),
                search.to() == null ? null : startOf(search.to().plusDays(1))));
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static boolean isGiven(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private static <T> Optional<T> parsed(Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (IllegalArgumentException notValid) {
            return Optional.empty();
        }
    }

    private List<AuditEventRow> rows(List<AuditEvent> events) {
        var references = new HashMap<PatientId, String>();
        return events.stream().map(event -> new AuditEventRow(event.sequence(), event.occurredAt(),
                event.actorUsername() == null ? "" : event.actorUsername(), event.actorRole(), event.action(),
                event.patient() == null ? "" : references.computeIfAbsent(event.patient(), this::referenceOf),
                event.subjectType(), event.subjectId(), event.outcome(), event.clientAddress(), event.hash()))
                .toList();
    }

    private String referenceOf(PatientId patient) {
        return patients.findById(patient).map(found -> found.reference().value()).orElse("");
    }
}
