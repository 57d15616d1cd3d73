package org.rehabrx.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The hash chain that makes the audit trail tamper-evident. Each event's hash is the SHA-256 of a canonical
 * serialisation of all its fields and of the previous event's hash: every field is written as its UTF-8 byte
 * length, a colon and its bytes (an absent field as {@code ~}), so that no two different events serialise alike.
 * Changing, removing or reordering any stored event breaks the chain at that event or the one after it.
 */
public final class AuditChain {

    /** The previous hash of the very first event. */
    public static final String GENESIS = "0".repeat(64);
    private static final String FORMAT = "rehabrx-audit-event-v1";

    private AuditChain() {
    }

    /** The event that records {@code record} at {@code sequence}, after the event whose hash is {@code previousHash}. */
    public static AuditEvent link(long sequence, AuditRecord record, String previousHash) {
        var unhashed = AuditEvent.of(sequence, record, previousHash, "");
        return AuditEvent.of(sequence, record, previousHash, hashOf(unhashed));
    }

    /** The hash the event's fields and previous hash call for, whatever hash it carries. */
    public static String hashOf(AuditEvent event) {
        var text = new StringBuilder(FORMAT);
        field(text, Long.toString(event.sequence()));
        field(text, event.occurredAt().toString());
        field(text, event.actorAccount() == null ? null : event.actorAccount().value().toString());
        field(text, event.actorUsername());
        field(text, event.actorRole() == null ? null : event.actorRole().name());
        field(text, event.action().name());
        field(text, event.patient() == null ? null : event.patient().value().toString());
        field(text, event.subjectType() == null ? null : event.subjectType().name());
        field(text, event.subjectId() == null ? null : event.subjectId().toString());
        field(text, event.outcome().name());
        field(text, event.clientAddress());
        field(text, event.previousHash());
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder text, @Nullable String value) {
        text.append('|');
        if (value == null) {
            text.append('~');
        } else {
            text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** Checks a chain event by event, from its first event on, without holding more than one event. */
    public static Verifier verifier() {
        return new Verifier();
    }

    /** Walks the chain in order; stops judging at the first broken link. */
    public static final class Verifier {

        private String expectedPrevious = GENESIS;
        private long lastSequence = Long.MIN_VALUE;
        private long checked;
        private ChainVerification.@Nullable BrokenLink broken;

        private Verifier() {
        }

        /** @return false once the chain is found broken, so the caller may stop reading */
        public boolean check(AuditEvent event) {
            if (broken != null) {
                return false;
            }
            checked++;
            if (event.sequence() <= lastSequence) {
                broken = new ChainVerification.BrokenLink(event.sequence(), ChainVerification.Reason.OUT_OF_ORDER);
            } else if (!event.hash().equals(hashOf(event))) {
                broken = new ChainVerification.BrokenLink(event.sequence(), ChainVerification.Reason.CONTENT_CHANGED);
            } else if (!event.previousHash().equals(expectedPrevious)) {
                broken = new ChainVerification.BrokenLink(event.sequence(),
                        ChainVerification.Reason.PREVIOUS_EVENT_MISSING_OR_CHANGED);
            }
            lastSequence = event.sequence();
            expectedPrevious = event.hash();
            return broken == null;
        }

        public ChainVerification result() {
            return new ChainVerification(checked, broken);
        }
    }
}
