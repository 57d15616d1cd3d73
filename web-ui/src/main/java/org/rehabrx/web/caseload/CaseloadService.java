package org.rehabrx.web.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.caseload.Caseload;
import org.rehabrx.core.caseload.CaseloadFilter;
import org.rehabrx.core.caseload.CaseloadPage;
import org.rehabrx.core.caseload.CaseloadQuery;
import org.rehabrx.core.caseload.CaseloadRow;
import org.rehabrx.core.caseload.CaseloadSort;
import org.rehabrx.core.caseload.PageRequest;
import org.rehabrx.web.audit.Audited;
import org.rehabrx.web.security.SignedInAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in clinician's own caseload. Whose caseload it is comes from the sign-in, never from the
 * caller, so no screen can list another clinician's patients; "today" comes from the clinic clock.
 */
@Service
public class CaseloadService {

    private final Caseload caseload;
    private final SignedInAccount signedIn;
    private final Clock clock;

    CaseloadService(Caseload caseload, SignedInAccount signedIn, Clock clock) {
        this.caseload = caseload;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /** The rows from {@code offset}, at most {@code limit} of them, in the order asked (by name when none). */
    @Transactional(readOnly = true)
    @Audited(AuditAction.CASELOAD_VIEWED)
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<CaseloadRow> page(CaseloadFilter filter, List<CaseloadSort> sort, int offset, int limit) {
        return caseload.page(query(filter), sort, new PageRequest(offset, limit));
    }

    /**
     * The first {@code limit} rows and how many the filter finds in all, read together. Audited like a page: the
     * rows it returns are the ones the list shows, without a second read.
     */
    @Transactional(readOnly = true)
    @Audited(AuditAction.CASELOAD_VIEWED)
    @PreAuthorize("hasRole('CLINICIAN')")
    public CaseloadPage firstPage(CaseloadFilter filter, List<CaseloadSort> sort, int limit) {
        return caseload.firstPage(query(filter), sort, limit);
    }

    /** Whether the clinician has any patient at all, active or archived; not audited: it shows no record. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN')")
    public boolean hasPatients() {
        return caseload.hasAnyPatient(signedIn.require().accountId());
    }

    private CaseloadQuery query(CaseloadFilter filter) {
        return new CaseloadQuery(signedIn.require().accountId(), LocalDate.now(clock), filter);
    }
}
