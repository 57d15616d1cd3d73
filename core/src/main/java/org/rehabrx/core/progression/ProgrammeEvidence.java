package org.rehabrx.core.progression;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.sessionlog.SessionLog;

/**
 * Everything a refresh weighs for one active programme: what each version prescribed, the rules and baseline
 * pain of the version in force, the session logs that may count as evidence, and the proposals already made.
 *
 * @param prescriptions every version's prescription, oldest first; the last one is the version in force
 * @param logs          the programme's session logs; a source may leave out logs the engine would not count
 *                      anyway (other exercises, other levels), never one it would
 * @param proposed      ids of the programme's stored proposals (a source may give only the pending ones), so that
 *                      a refresh passes over what it proposed before without asking the store again; the store
 *                      passes over any others
 */
public record ProgrammeEvidence(ProgrammeId programme, List<VersionPrescription> prescriptions,
                                ProgressionRules rules, PainScore baselinePain, List<SessionLog> logs,
                                Set<ProposalId> proposed) {

    public ProgrammeEvidence {
        Objects.requireNonNull(programme, "programme");
        prescriptions = List.copyOf(prescriptions);
        if (prescriptions.isEmpty()) {
            throw new IllegalArgumentException("An active programme has at least one version.");
        }
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(baselinePain, "baseline pain");
        logs = List.copyOf(logs);
        proposed = Set.copyOf(proposed);
    }
}
