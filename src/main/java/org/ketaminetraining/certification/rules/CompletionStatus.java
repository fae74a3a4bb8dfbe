package org.ketaminetraining.certification.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * The one status a completion report shows for a person in a programme. One status, not a set of flags, because a
 * manager scanning a ward's list needs the thing to act on first; the order below decides which fact that is.
 *
 * <p>Precedence, first match wins:
 * <ol>
 *   <li>{@link #REVOKED}: the organisation withdrew the certificate; nothing else about it matters.</li>
 *   <li>{@link #EXPIRED}: the person may not rely on the certificate; whether they are studying again is secondary.</li>
 *   <li>{@link #REFRESHER_DUE}: in force, but the holder's safety-critical knowledge is predicted below the
 *       threshold now. Ranked above "expiring" because it is a patient-safety concern today, while expiry is an
 *       administrative date that the renewal window already takes care of.</li>
 *   <li>{@link #EXPIRING_SOON}: in force, expiring within 60 days.</li>
 *   <li>{@link #CERTIFIED}: in force.</li>
 *   <li>{@link #ASSESSMENT_FAILED}: no certificate yet and the latest attempt failed; shown above "available"
 *       because a failure (possibly with no attempts left) needs a manager's or educator's attention.</li>
 *   <li>{@link #ASSESSMENT_AVAILABLE}: every required module complete, no attempt failed.</li>
 *   <li>{@link #STUDYING}: has answered something.</li>
 *   <li>{@link #NOT_STARTED}.</li>
 * </ol>
 * Knowledge currency is only consulted while a certificate is in force: before certification the study plan, not
 * a refresher, is what brings recall up.
 */
public enum CompletionStatus {
    NOT_STARTED,
    STUDYING,
    ASSESSMENT_AVAILABLE,
    ASSESSMENT_FAILED,
    CERTIFIED,
    EXPIRING_SOON,
    EXPIRED,
    REVOKED,
    REFRESHER_DUE;

    /**
     * The facts a status is chosen from, each derived by the other rules of this package.
     *
     * @param started              {@link ProgrammeCompletion#started()}
     * @param assessmentUnlocked   {@link ProgrammeCompletion#assessmentUnlocked()}
     * @param latestAttemptFailed  the person's latest assessment attempt of the current cycle failed
     * @param certificate          the status of the person's latest certificate today, if any
     *                             ({@link CertificateValidity#statusOn})
     * @param refresherDue         {@link KnowledgeCurrency#refresherDue()} for the holder today
     */
    public record Facts(boolean started, boolean assessmentUnlocked, boolean latestAttemptFailed,
            Optional<CertificateStatus> certificate, boolean refresherDue) {

        public Facts {
            Objects.requireNonNull(certificate, "certificate");
        }

        /** Facts of a person who has not yet been certified. */
        public static Facts uncertified(boolean started, boolean assessmentUnlocked, boolean latestAttemptFailed) {
            return new Facts(started, assessmentUnlocked, latestAttemptFailed, Optional.empty(), false);
        }

        /** Facts of a certificate holder. */
        public static Facts holder(CertificateStatus certificate, boolean refresherDue) {
            return new Facts(true, true, false, Optional.of(certificate), refresherDue);
        }
    }

    /** Chooses the status by the precedence documented on this enum. */
    public static CompletionStatus of(Facts facts) {
        Objects.requireNonNull(facts, "facts");
        if (facts.certificate().isPresent()) {
            switch (facts.certificate().get()) {
                case REVOKED:
                    return REVOKED;
                case EXPIRED:
                    return EXPIRED;
                case EXPIRING_SOON:
                    return facts.refresherDue() ? REFRESHER_DUE : EXPIRING_SOON;
                case VALID:
                    return facts.refresherDue() ? REFRESHER_DUE : CERTIFIED;
                default:
                    throw new IllegalStateException("unknown certificate status " + facts.certificate().get());
            }
        }
        if (facts.latestAttemptFailed()) {
            return ASSESSMENT_FAILED;
        }
        if (facts.assessmentUnlocked()) {
            return ASSESSMENT_AVAILABLE;
        }
        return facts.started() ? STUDYING : NOT_STARTED;
    }
}
