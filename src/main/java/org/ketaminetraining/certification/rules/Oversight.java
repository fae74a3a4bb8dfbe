package org.ketaminetraining.certification.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * What a manager or administrator may do for one person in one programme, decided once from the facts the
 * completion report already has, so that the report offers an action exactly where the service will carry it out
 * and the service refuses the rest with the same reason.
 *
 * <ul>
 *   <li><b>Time extension</b>: only when the programme's assessment (final or renewal) has a time limit, since extra
 *       minutes on an untimed assessment change nothing; not on a revoked certificate's row, where the organisation
 *       withdrew the standing the extension would help regain; never for one's own row.</li>
 *   <li><b>New attempts</b>: only when the person cannot start an attempt because failed attempts used up the limit
 *       or the cooldown after one is running; someone who may start now, or who passed, has nothing to reset. Never
 *       for one's own row.</li>
 *   <li><b>Revoke</b>: only a certificate in force (valid or expiring soon, with or without a refresher due). An
 *       expired certificate no longer certifies anything, and a revoked one is revoked already.</li>
 * </ul>
 *
 * @param ownRecord   the row is the caller's own
 * @param timed       the programme's final or renewal assessment has a time limit
 * @param certificate the status today of the person's latest certificate of the programme, if any
 * @param attempts    whether the person may start an attempt now, and if not why
 */
public record Oversight(boolean ownRecord, boolean timed, Optional<CertificateStatus> certificate,
        AttemptDecision.Verdict attempts) {

    /** What a manager can do from a row of the completion report. */
    public enum Action {
        REVOKE, TIME_EXTENSION, NEW_ATTEMPTS
    }

    /** Why an action does not apply to a row, in words fit to show whoever asked for it. */
    public enum Refusal {
        OWN_RECORD("Nobody can change their own assessment: ask another manager or an administrator."),
        NO_TIME_LIMIT("This programme's assessment has no time limit, so there is no time to extend."),
        CERTIFICATE_REVOKED("This person's certificate was revoked; a time extension does not apply."),
        ATTEMPTS_AVAILABLE("This person may start an assessment attempt now; there are no attempts to reset."),
        ALREADY_PASSED("This person passed the assessment; there are no attempts to reset."),
        NO_CERTIFICATE("This person holds no certificate of this programme to revoke."),
        ALREADY_REVOKED("This certificate is already revoked."),
        EXPIRED("This certificate has expired; only a certificate in force can be revoked.");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    public Oversight {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(attempts, "attempts");
    }

    /** Why the action does not apply to this row; empty when it does. */
    public Optional<Refusal> refusal(Action action) {
        return switch (Objects.requireNonNull(action, "action")) {
            case REVOKE -> certificate.isEmpty() ? Optional.of(Refusal.NO_CERTIFICATE)
                    : revocation(certificate.get());
            case TIME_EXTENSION -> ownRecord ? Optional.of(Refusal.OWN_RECORD)
                    : !timed ? Optional.of(Refusal.NO_TIME_LIMIT)
                            : certificate.filter(CertificateStatus.REVOKED::equals)
                                    .map(revoked -> Refusal.CERTIFICATE_REVOKED);
            case NEW_ATTEMPTS -> ownRecord ? Optional.of(Refusal.OWN_RECORD) : switch (attempts) {
                case NO_ATTEMPTS_LEFT, COOLING_DOWN -> Optional.empty();
                case MAY_START -> Optional.of(Refusal.ATTEMPTS_AVAILABLE);
                case ALREADY_PASSED -> Optional.of(Refusal.ALREADY_PASSED);
            };
        };
    }

    /** Whether the row offers the action. */
    public boolean offers(Action action) {
        return refusal(action).isEmpty();
    }

    /** Why a certificate with this status today cannot be revoked; empty when it can (it is in force). */
    public static Optional<Refusal> revocation(CertificateStatus status) {
        return switch (Objects.requireNonNull(status, "status")) {
            case VALID, EXPIRING_SOON -> Optional.empty();
            case REVOKED -> Optional.of(Refusal.ALREADY_REVOKED);
            case EXPIRED -> Optional.of(Refusal.EXPIRED);
        };
    }
}
