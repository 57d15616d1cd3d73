package org.rehabrx.db.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.caseload.Caseload;
import org.rehabrx.core.caseload.CaseloadColumn;
import org.rehabrx.core.caseload.CaseloadPage;
import org.rehabrx.core.caseload.CaseloadQuery;
import org.rehabrx.core.caseload.CaseloadRow;
import org.rehabrx.core.caseload.CaseloadSort;
import org.rehabrx.core.caseload.PageRequest;
import org.rehabrx.core.caseload.ProgrammeFilter;
import org.rehabrx.core.caseload.ReviewReason;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.PatientStatus;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.shared.Side;
import org.rehabrx.db.shared.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The caseload as one statement. Each patient is joined to the current version of their newest programme;
 * the three reasons for review are worked out per patient:
 * <ul>
 *     <li>that version is ACTIVE and its review date is before today;</li>
 *     <li>a PENDING proposal of any of the patient's programmes still applies — the programme is ACTIVE and
 *     still prescribes the exercise at the proposal's starting level and dosage, as the progression review
 *     lists them;</li>
 *     <li>a session log of any of the patient's programmes from the last seven days reports pain during
 *     above 5/10.</li>
 * </ul>
 * The search is {@code ILIKE '%…%'} on the bare name and reference columns of the care team's patients,
 * matched in the index that carries them. Only fixed fragments of SQL are put together — which ones depends on the filter, and sort
 * columns come from a whitelist; everything the clinician typed is a bound parameter.
 */
public final class JdbcCaseload implements Caseload {

    private static final String PATIENTS = "\n FROM patient p\n";

    /** The current version of the patient's newest programme, if any. */
    private static final String CURRENT_PROGRAMME = """
             LEFT JOIN LATERAL (
                  SELECT pr.id AS programme_id, v.status AS programme_status, v.review_date
                    FROM programme pr
                    JOIN programme_version v ON v.programme_id = pr.id AND v.number = pr.current_number
                   WHERE pr.patient_id = p.id
                   ORDER BY pr.created_at DESC, pr.id DESC
                   LIMIT 1) c ON true
            """;

    /** The reasons for review; they read the current programme. */
    private static final String REVIEW_REASONS = """
            CROSS JOIN LATERAL (
                  SELECT coalesce(c.programme_status = 'ACTIVE' AND c.review_date < :today, false)
                             AS review_date_passed,
                         EXISTS (
                             SELECT 1
                               FROM programme pr
                               JOIN programme_version v
                                 ON v.programme_id = pr.id AND v.number = pr.current_number AND v.status = 'ACTIVE'
                               JOIN proposal pp ON pp.programme_id = pr.id AND pp.status = 'PENDING'
                               JOIN prescribed_exercise e
                                 ON e.programme_id = pr.id AND e.number = pr.current_number
                                AND e.exercise_id = pp.exercise_id AND e.level = pp.from_level
                                AND e.sets = pp.from_sets
                                AND e.reps IS NOT DISTINCT FROM pp.from_reps
                                AND e.hold_seconds IS NOT DISTINCT FROM pp.from_hold_seconds
                                AND e.duration_minutes IS NOT DISTINCT FROM pp.from_duration_minutes
                                AND e.rest_seconds = pp.from_rest_seconds
                                AND e.load_amount IS NOT DISTINCT FROM pp.from_load_amount
                                AND e.load_unit IS NOT DISTINCT FROM pp.from_load_unit
                                AND e.times_per_day = pp.from_times_per_day
                                AND e.days_per_week = pp.from_days_per_week
                                AND e.side = pp.from_side
                                AND e.pain_limit = pp.from_pain_limit
                              WHERE pr.patient_id = p.id) AS proposal_pending,
                         EXISTS (
                             SELECT 1
                               FROM programme pr
                               JOIN session_log s ON s.programme_id = pr.id
                              WHERE pr.patient_id = p.id
                                AND s.pain_during > :pain_above
                                AND s.log_date BETWEEN :pain_since AND :today) AS pain_reported) r
            """;

    /**
     * The care team as an array of ids looked up in the patient key: the work is bounded by the caseload's size
     * (a few thousand at most), whatever the search matches across the clinic.
     */
    private static final String IN_CARE_TEAM = """
            WHERE p.id = ANY (ARRAY(SELECT t.patient_id FROM patient_care_team t WHERE t.clinician_id = :clinician))
              AND p.status = :patient_status
            """;

    private static final String SEARCHED = """
              AND (p.name ILIKE :pattern ESCAPE '\\' OR p.reference ILIKE :pattern ESCAPE '\\')
            """;
    private static final String WITHOUT_PROGRAMME = "  AND c.programme_id IS NULL\n";
    private static final String WITH_PROGRAMME_STATUS = "  AND c.programme_status = :programme_status\n";
    private static final String NEEDING_REVIEW =
            "  AND (r.review_date_passed OR r.proposal_pending OR r.pain_reported)\n";

    private static final String COLUMNS = """
            SELECT p.id, p.reference, p.name, p.date_of_birth, p.condition_description, p.condition_side,
                   p.status, c.programme_status, c.review_date,
                   r.review_date_passed, r.proposal_pending, r.pain_reported
            """;

    private static final Map<CaseloadColumn, String> SORT_EXPRESSIONS = Map.of(
            CaseloadColumn.REFERENCE, "p.reference",
            CaseloadColumn.NAME, "lower(p.name)",
            CaseloadColumn.REVIEW_DATE, "c.review_date");

    private final JdbcClient jdbc;

    public JdbcCaseload(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseloadRow> page(CaseloadQuery query, List<CaseloadSort> sort, PageRequest page) {
        return jdbc.sql(pageSql(query, sort))
                .params(parameters(query, page))
                .query((row, number) -> row(row, query.today()))
                .list();
    }

    /** The count rides along with the rows as a window over every patient found, before the limit. */
    @Override
    public CaseloadPage firstPage(CaseloadQuery query, List<CaseloadSort> sort, int limit) {
        return jdbc.sql(firstPageSql(query, sort))
                .params(parameters(query, new PageRequest(0, limit)))
                .query(result -> {
                    var rows = new ArrayList<CaseloadRow>();
                    int total = 0;
                    while (result.next()) {
                        total = result.getInt("total");
                        rows.add(row(result, query.today()));
                    }
                    return new CaseloadPage(rows, total);
                });
    }

    static String pageSql(CaseloadQuery query, List<CaseloadSort> sort) {
        return pageSql(query, sort, false);
    }

    static String firstPageSql(CaseloadQuery query, List<CaseloadSort> sort) {
        return pageSql(query, sort, true);
    }

    private static String pageSql(CaseloadQuery query, List<CaseloadSort> sort, boolean withTotal) {
        String total = withTotal ? ", count(*) OVER () AS total" : "";
        return readsOnlyPatients(query, sort)
                ? COLUMNS + (withTotal ? ", shown.total" : "")
                        + " FROM (SELECT p.id" + total + " FROM patient p\n" + IN_CARE_TEAM + conditions(query)
                        + orderBy(sort) + " LIMIT :limit OFFSET :offset) shown\n JOIN patient p ON p.id = shown.id\n"
                        + CURRENT_PROGRAMME + REVIEW_REASONS + orderBy(sort)
                : COLUMNS + total + PATIENTS + CURRENT_PROGRAMME + REVIEW_REASONS + IN_CARE_TEAM + conditions(query)
                        + orderBy(sort) + " LIMIT :limit OFFSET :offset";
    }

    @Override
    public boolean hasAnyPatient(AccountId clinician) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM patient_care_team WHERE clinician_id = ?)")
                .param(clinician.value())
                .query(Boolean.class)
                .single();
    }

    /**
     * When neither the filter nor the sort reads the programme, the page is chosen from the patients alone and the
     * programme and reasons for review are worked out for the rows shown only, not for every patient found.
     */
    private static boolean readsOnlyPatients(CaseloadQuery query, List<CaseloadSort> sort) {
        var filter = query.filter();
        return !filter.needsReviewOnly() && filter.programme() == ProgrammeFilter.ANY
                && sort.stream().noneMatch(key -> key.column() == CaseloadColumn.REVIEW_DATE);
    }

    private static String conditions(CaseloadQuery query) {
        var filter = query.filter();
        var sql = new StringBuilder();
        if (!filter.search().isEmpty()) {
            sql.append(SEARCHED);
        }
        if (filter.programme() == ProgrammeFilter.NONE) {
            sql.append(WITHOUT_PROGRAMME);
        } else if (filter.programme().status() != null) {
            sql.append(WITH_PROGRAMME_STATUS);
        }
        if (filter.needsReviewOnly()) {
            sql.append(NEEDING_REVIEW);
        }
        return sql.toString();
    }

    /** Whitelisted expressions only; the name and reference break ties, the id makes the order total. */
    private static String orderBy(List<CaseloadSort> sort) {
        var keys = sort.stream()
                .map(key -> SORT_EXPRESSIONS.get(key.column()) + (key.descending() ? " DESC" : " ASC") + " NULLS LAST")
                .collect(Collectors.joining(", "));
        return " ORDER BY " + (keys.isEmpty() ? "" : keys + ", ") + "lower(p.name), p.reference, p.id";
    }

    static Map<String, Object> parameters(CaseloadQuery query, PageRequest page) {
        var parameters = parameters(query);
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        return parameters;
    }

    static Map<String, Object> parameters(CaseloadQuery query) {
        var filter = query.filter();
        var parameters = new HashMap<String, Object>();
        parameters.put("clinician", query.clinician().value());
        parameters.put("patient_status", filter.patientStatus().name());
        parameters.put("today", query.today());
        parameters.put("pain_above", ReviewReason.PAIN_ABOVE);
        parameters.put("pain_since", ReviewReason.painReportedSince(query.today()));
        if (!filter.search().isEmpty()) {
            parameters.put("pattern", SqlValues.likeContaining(filter.search()));
        }
        var status = filter.programme().status();
        if (status != null) {
            parameters.put("programme_status", status.name());
        }
        return parameters;
    }

    private static CaseloadRow row(ResultSet row, LocalDate today) throws SQLException {
        var reasons = EnumSet.noneOf(ReviewReason.class);
        if (row.getBoolean("review_date_passed")) {
            reasons.add(ReviewReason.REVIEW_DATE_PASSED);
        }
        if (row.getBoolean("proposal_pending")) {
            reasons.add(ReviewReason.PROPOSAL_PENDING);
        }
        if (row.getBoolean("pain_reported")) {
            reasons.add(ReviewReason.PAIN_REPORTED);
        }
        var dateOfBirth = row.getObject("date_of_birth", LocalDate.class);
        String programmeStatus = row.getString("programme_status");
        return new CaseloadRow(
                new PatientId(row.getObject("id", UUID.class)),
                new ClinicReference(row.getString("reference")),
                row.getString("name"),
                dateOfBirth,
                Period.between(dateOfBirth, today).getYears(),
                new Condition(row.getString("condition_description"), Side.valueOf(row.getString("condition_side"))),
                PatientStatus.valueOf(row.getString("status")),
                programmeStatus == null ? null : ProgrammeStatus.valueOf(programmeStatus),
                row.getObject("review_date", LocalDate.class),
                reasons);
    }
}
