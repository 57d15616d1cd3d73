package org.rehabrx.web.account;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.patient.PatientId;

/**
 * What an admin sees of a patient to manage who may treat them and which login is theirs: the reference and
 * name only, never clinical content (minimum necessary).
 *
 * @param account the patient's own login, if linked
 */
public record CareTeamMembership(PatientId patient, String reference, String name, List<AccountSummary> careTeam,
                                 @Nullable AccountSummary account, long version) {

    public CareTeamMembership {
        careTeam = List.copyOf(careTeam);
    }
}
