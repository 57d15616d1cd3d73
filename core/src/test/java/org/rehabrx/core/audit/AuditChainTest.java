package org.rehabrx.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.ChainVerification.Reason;
import org.rehabrx.core.patient.PatientId;

class AuditChainTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00.123456789Z");
    private final Actor clinician = Actor.account(AccountId.newId(), new Username("maria.lopez"), Role.CLINICIAN);
    private final PatientId patient = PatientId.newId();

    @Test
    void aChainOfAppendedEventsVerifies() {
        var chain = chainOf(5);

        assertThat(chain.getFirst().previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(chain.get(3).previousHash()).isEqualTo(chain.get(2).hash());
        assertThat(verify(chain)).isEqualTo(new ChainVerification(5, null));
        assertThat(verify(List.of()).intact()).isTrue();
    }

    @Test
    void theHashCoversEveryField() {
        var event = chainOf(1).getFirst();
        var other = UUID.randomUUID();
        List<AuditEvent> changed = List.of(
                copy(event, 2, event.occurredAt(), event.actorUsername(), event.action(), event.clientAddress()),
                copy(event, 1, event.occurredAt().plusNanos(1000), event.actorUsername(), event.action(),
                        event.clientAddress()),
                copy(event, 1, event.occurredAt(), "someone.else", event.action(), event.clientAddress()),
                copy(event, 1, event.occurredAt(), event.actorUsername(), AuditAction.PATIENT_CHANGED,
                        event.clientAddress()),
                copy(event, 1, event.occurredAt(), event.actorUsername(), event.action(), "10.0.0.9"),
                new AuditEvent(1, event.occurredAt(), event.actorAccount(), event.actorUsername(), Role.ADMIN,
                        event.action(), event.patient(), event.subjectType(), event.subjectId(), event.outcome(),
                        event.clientAddress(), event.previousHash(), event.hash()),
                new AuditEvent(1, event.occurredAt(), event.actorAccount(), event.actorUsername(), event.actorRole(),
                        event.action(), new PatientId(other), event.subjectType(), event.subjectId(), event.outcome(),
                        event.clientAddress(), event.previousHash(), event.hash()),
                new AuditEvent(1, event.occurredAt(), event.actorAccount(), event.actorUsername(), event.actorRole(),
                        event.action(), event.patient(), SubjectType.PROGRAMME, other, event.outcome(),
                        event.clientAddress(), event.previousHash(), event.hash()),
                new AuditEvent(1, event.occurredAt(), event.actorAccount(), event.actorUsername(), event.actorRole(),
                        event.action(), event.patient(), event.subjectType(), event.subjectId(), AuditOutcome.DENIED,
                        event.clientAddress(), event.previousHash(), event.hash()),
                new AuditEvent(1, event.occurredAt(), null, null, null,
                        event.action(), event.patient(), event.subjectType(), event.subjectId(), event.outcome(),
                        event.clientAddress(), event.previousHash(), event.hash()),
                new AuditEvent(1, event.occurredAt(), new AccountId(other), event.actorUsername(), event.actorRole(),
                        event.action(), event.patient(), event.subjectType(), event.subjectId(), event.outcome(),
                        event.clientAddress(), event.previousHash(), event.hash()),
                new AuditEvent(1, event.occurredAt(), event.actorAccount(), event.actorUsername(), event.actorRole(),
                        event.action(), event.patient(), SubjectType.PROGRAMME, event.subjectId(), event.outcome(),
                        event.clientAddress(), event.previousHash(), event.hash()),
                new AuditEvent(1, event.occurredAt(), event.actorAccount(), event.actorUsername(), event.actorRole(),
                        event.action(), event.patient(), event.subjectType(), other, event.outcome(),
                        event.clientAddress(), event.previousHash(), event.hash()),
                new AuditEvent(1, event.occurredAt(), event.actorAccount(), event.actorUsername(), event.actorRole(),
                        event.action(), event.patient(), event.subjectType(), event.subjectId(), event.outcome(),
                        event.clientAddress(), "f".repeat(64), event.hash()));

        for (var tampered : changed) {
            assertThat(AuditChain.hashOf(tampered)).as(tampered.toString()).isNotEqualTo(event.hash());
        }
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        var event = chainOf(1).getFirst();
        // joined with any separator, "a|b" + "c" and "a" + "b|c" read the same; the two events must not hash alike
        var one = copy(event, 1, event.occurredAt(), "a|b", event.action(), "c");
        var other = copy(event, 1, event.occurredAt(), "a", event.action(), "b|c");

        assertThat(AuditChain.hashOf(one)).isNotEqualTo(AuditChain.hashOf(other)).matches("[0-9a-f]{64}");
    }

    @Test
    void aChangedEventIsReportedAsTheFirstBrokenLink() {
        var chain = new ArrayList<>(chainOf(6));
        var original = chain.get(3);
        chain.set(3, copy(original, original.sequence(), original.occurredAt(), original.actorUsername(),
                AuditAction.PATIENT_REGISTERED, original.clientAddress()));

        assertThat(verify(chain)).isEqualTo(new ChainVerification(4,
                new ChainVerification.BrokenLink(original.sequence(), Reason.CONTENT_CHANGED)));
    }

    @Test
    void aChangedAndRehashedEventBreaksTheLinkOfTheNextOne() {
        var chain = new ArrayList<>(chainOf(6));
        var original = chain.get(2);
        var rehashed = AuditChain.link(original.sequence(), new AuditRecord(original.occurredAt(), Actor.anonymous(),
                original.action(), original.patient(), null, original.outcome(), original.clientAddress()),
                original.previousHash());
        chain.set(2, rehashed);

        assertThat(verify(chain).firstBrokenLink())
                .isEqualTo(new ChainVerification.BrokenLink(chain.get(3).sequence(),
                        Reason.PREVIOUS_EVENT_MISSING_OR_CHANGED));
    }

    @Test
    void aRemovedEventIsReportedAtTheEventAfterIt() {
        var chain = new ArrayList<>(chainOf(6));
        chain.remove(4);

        assertThat(verify(chain).firstBrokenLink())
                .isEqualTo(new ChainVerification.BrokenLink(6, Reason.PREVIOUS_EVENT_MISSING_OR_CHANGED));
    }

    @Test
    void swappedEventsAreReported() {
        var chain = new ArrayList<>(chainOf(4));
        var second = chain.get(1);
        chain.set(1, chain.get(2));
        chain.set(2, second);

        assertThat(verify(chain).firstBrokenLink()).isEqualTo(
                new ChainVerification.BrokenLink(3, Reason.PREVIOUS_EVENT_MISSING_OR_CHANGED));
    }

    @Test
    void theTimeIsKeptToTheMicrosecondAsTheDatabaseStoresIt() {
        assertThat(record(clinician, "10.0.0.1").occurredAt()).isEqualTo(Instant.parse("2026-03-02T12:00:00.123456Z"));
    }

    @Test
    void aUsernameIsRecordedOnlyWithItsAccount() {
        assertThatThrownBy(() -> new Actor(null, "typed-password-123", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(null, null, Role.ADMIN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Actor.unknownAccount().username()).isEqualTo(Actor.UNKNOWN_USERNAME);
        assertThat(Actor.unknownAccount().account()).isNull();
    }

    private static ChainVerification verify(List<AuditEvent> chain) {
        var verifier = AuditChain.verifier();
        for (var event : chain) {
            if (!verifier.check(event)) {
                break;
            }
        }
        return verifier.result();
    }

    private List<AuditEvent> chainOf(int events) {
        var chain = new ArrayList<AuditEvent>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= events; i++) {
            var event = AuditChain.link(i, new AuditRecord(NOON.plusSeconds(i), clinician,
                    AuditAction.PATIENT_RECORD_VIEWED, patient, new AuditSubject(SubjectType.PATIENT, patient.value()),
                    AuditOutcome.SUCCESS, "192.0.2." + i), previous);
            chain.add(event);
            previous = event.hash();
        }
        return chain;
    }

    private AuditRecord record(Actor actor, String address) {
        return new AuditRecord(NOON, actor, AuditAction.SIGN_IN, null, null, AuditOutcome.SUCCESS, address);
    }

    private static AuditEvent copy(AuditEvent event, long sequence, Instant at, String username, AuditAction action,
                                   String address) {
        return new AuditEvent(sequence, at, event.actorAccount(), username, event.actorRole(), action,
                event.patient(), event.subjectType(), event.subjectId(), event.outcome(), address,
                event.previousHash(), event.hash());
    }
}
