package org.rehabrx.db.access;

import java.util.Optional;
import java.util.UUID;

import org.rehabrx.core.access.CareRelations;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.progression.ProposalId;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcCareRelations implements CareRelations {

    private final JdbcClient jdbc;

    public JdbcCareRelations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isInCareTeam(AccountId clinician, PatientId patient) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM patient_care_team WHERE patient_id = ? AND clinician_id = ?)")
                .params(patient.value(), clinician.value())
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<PatientId> patientOfAccount(AccountId account) {
        return patientBy("SELECT id FROM patient WHERE account_id = ?", account.value());
    }

    @Override
    public Optional<PatientId> patientOfProgramme(ProgrammeId programme) {
        return patientBy("SELECT patient_id FROM programme WHERE id = ?", programme.value());
    }

    @Override
    public Optional<PatientId> patientOfSessionLog(SessionLogId sessionLog) {
        return patientBy("""
                SELECT pr.patient_id FROM session_log s JOIN programme pr ON pr.id = s.programme_id
                 WHERE s.id = ?""", sessionLog.value());
    }

    @Override
    public Optional<PatientId> patientOfProposal(ProposalId proposal) {
        return patientBy("""
                SELECT pr.patient_id FROM proposal p JOIN programme pr ON pr.id = p.programme_id
                 WHERE p.id = ?""", proposal.value());
    }

    private Optional<PatientId> patientBy(String sql, UUID key) {
        return jdbc.sql(sql).param(key).query(UUID.class).optional().map(PatientId::new);
    }
}
