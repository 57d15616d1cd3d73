package org.rehabrx.db.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.ContactDetails;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.PatientStatus;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.patient.ReferenceTakenException;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.Side;
import org.rehabrx.db.shared.Constraints;
import org.rehabrx.db.shared.SqlArrays;
import org.rehabrx.db.shared.SqlValues;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Patients with their care teams. A save writes the patient row first (the version check), then brings
 * the care team rows in line; inside the caller's transaction a failure leaves neither behind.
 */
public final class JdbcPatients implements Patients {

    private static final String SELECT = """
            SELECT p.id, p.reference, p.name, p.date_of_birth, p.preferred_language, p.phone, p.email,
                   p.condition_description, p.condition_side, p.health_flags, p.account_id, p.status, p.version,
                   ARRAY(SELECT t.clinician_id FROM patient_care_team t WHERE t.patient_id = p.id) AS care_team
              FROM patient p
            """;

    private static final String REFERENCE_KEY = "patient_reference_uk";

    private final JdbcClient jdbc;

    public JdbcPatients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Patient> findById(PatientId id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id.value())
                .query(JdbcPatients::patient)
                .optional();
    }

    @Override
    public Optional<Patient> findByReference(ClinicReference reference) {
        return jdbc.sql(SELECT + " WHERE p.reference = :reference")
                .param("reference", reference.value())
                .query(JdbcPatients::patient)
                .optional();
    }

    @Override
    public Optional<Patient> findByAccount(AccountId account) {
        return jdbc.sql(SELECT + " WHERE p.account_id = :account")
                .param("account", account.value())
                .query(JdbcPatients::patient)
                .optional();
    }

    @Override
    public List<Patient> inCareOf(AccountId clinician) {
        return jdbc.sql(SELECT + """
                 WHERE EXISTS (SELECT 1 FROM patient_care_team t
                                WHERE t.patient_id = p.id AND t.clinician_id = :clinician)
                 ORDER BY p.name, p.reference
                """)
                .param("clinician", clinician.value())
                .query(JdbcPatients::patient)
                .list();
    }

    @Override
    public Patient save(Patient patient) {
        return patient.isNew() ? insert(patient) : update(patient);
    }

    private Patient insert(Patient patient) {
        try {
            jdbc.sql("""
                    INSERT INTO patient (id, reference, name, date_of_birth, preferred_language, phone, email,
                                         condition_description, condition_side, health_flags, account_id, status,
                                         version)
                    VALUES (:id, :reference, :name, :date_of_birth, :preferred_language, :phone, :email,
                            :condition_description, :condition_side, :health_flags, :account_id, :status, 1)
                    """)
                    .params(values(patient))
                    .update();
        } catch (DuplicateKeyException e) {
            throw referenceTakenOr(e, patient);
        }
        jdbc.sql("""
                INSERT INTO patient_care_team (patient_id, clinician_id)
                SELECT :id, clinician FROM unnest(:team) AS clinician
                """)
                .param("id", patient.id().value())
                .param("team", careTeam(patient))
                .update();
        return patient.storedAs(1);
    }

    private Patient update(Patient patient) {
        int updated;
        try {
            updated = jdbc.sql("""
                    UPDATE patient
                       SET reference = :reference, name = :name, date_of_birth = :date_of_birth,
                           preferred_language = :preferred_language, phone = :phone, email = :email,
                           condition_description = :condition_description, condition_side = :condition_side,
                           health_flags = :health_flags, account_id = :account_id, status = :status,
                           version = version + 1, updated_at = now()
                     WHERE id = :id AND version = :version
                    """)
                    .params(values(patient))
                    .update();
        } catch (DuplicateKeyException e) {
            throw referenceTakenOr(e, patient);
        }
        if (updated == 0) {
            throw new ConcurrentChangeException("Patient", patient.id().value(), patient.version());
        }
        jdbc.sql("DELETE FROM patient_care_team WHERE patient_id = :id AND clinician_id <> ALL(:team)")
                .param("id", patient.id().value())
                .param("team", careTeam(patient))
                .update();
        jdbc.sql("""
                INSERT INTO patient_care_team (patient_id, clinician_id)
                SELECT :id, clinician FROM unnest(:team) AS clinician
                    ON CONFLICT DO NOTHING
                """)
                .param("id", patient.id().value())
                .param("team", careTeam(patient))
                .update();
        return patient.storedAs(patient.version() + 1);
    }

    private static RuntimeException referenceTakenOr(DuplicateKeyException e, Patient patient) {
        return Constraints.violated(e, REFERENCE_KEY) ? new ReferenceTakenException(patient.reference()) : e;
    }

    private static Object careTeam(Patient patient) {
        return SqlArrays.uuids(patient.careTeam(), AccountId::value);
    }

    private static Map<String, Object> values(Patient patient) {
        var values = new HashMap<String, Object>();
        values.put("id", patient.id().value());
        values.put("reference", patient.reference().value());
        values.put("name", patient.name());
        values.put("date_of_birth", patient.dateOfBirth());
        values.put("preferred_language", patient.preferredLanguage().toLanguageTag());
        values.put("phone", patient.contact().phone());
        values.put("email", patient.contact().email());
        values.put("condition_description", patient.condition().description());
        values.put("condition_side", patient.condition().side().name());
        values.put("health_flags", SqlArrays.enumNames(patient.healthFlags()));
        values.put("account_id", SqlValues.uuid(patient.account() == null ? null : patient.account().value()));
        values.put("status", patient.status().name());
        values.put("version", patient.version());
        return values;
    }

    private static Patient patient(ResultSet row, int rowNumber) throws SQLException {
        UUID account = row.getObject("account_id", UUID.class);
        var careTeam = new HashSet<AccountId>();
        for (UUID clinician : SqlArrays.readUuids(row, "care_team")) {
            careTeam.add(new AccountId(clinician));
        }
        return new Patient(
                new PatientId(row.getObject("id", UUID.class)),
                new ClinicReference(row.getString("reference")),
                row.getString("name"),
                row.getObject("date_of_birth", LocalDate.class),
                Locale.forLanguageTag(row.getString("preferred_language")),
                new ContactDetails(row.getString("phone"), row.getString("email")),
                new Condition(row.getString("condition_description"), Side.valueOf(row.getString("condition_side"))),
                SqlArrays.readEnums(row, "health_flags", HealthFlag.class),
                careTeam,
                account == null ? null : new AccountId(account),
                PatientStatus.valueOf(row.getString("status")),
                row.getLong("version"));
    }
}
