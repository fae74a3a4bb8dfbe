package org.ketaminetraining.certification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketaminetraining.certification.rules.Oversight.Action.NEW_ATTEMPTS;
import static org.ketaminetraining.certification.rules.Oversight.Action.REVOKE;
import static org.ketaminetraining.certification.rules.Oversight.Action.TIME_EXTENSION;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.rules.AttemptDecision.Verdict;
import org.ketaminetraining.certification.rules.Oversight.Action;
import org.ketaminetraining.certification.rules.Oversight.Refusal;

class OversightTest {

    private static Oversight row(boolean timed, CertificateStatus certificate, Verdict attempts) {
        return new Oversight(false, timed, Optional.ofNullable(certificate), attempts);
    }

    private static Set<Action> offered(Oversight oversight) {
        Set<Action> offered = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (oversight.offers(action)) {
                offered.add(action);
            }
        }
        return offered;
    }

    @Test
    void aTimeExtensionOnlyWhereThereIsATimeLimitAndNoRevokedCertificate() {
        assertThat(row(true, null, Verdict.MAY_START).offers(TIME_EXTENSION)).isTrue();
        assertThat(row(true, CertificateStatus.EXPIRED, Verdict.MAY_START).offers(TIME_EXTENSION)).isTrue();
        assertThat(row(false, null, Verdict.MAY_START).refusal(TIME_EXTENSION)).contains(Refusal.NO_TIME_LIMIT);
        assertThat(row(true, CertificateStatus.REVOKED, Verdict.MAY_START).refusal(TIME_EXTENSION))
                .contains(Refusal.CERTIFICATE_REVOKED);
    }

    @Test
    void newAttemptsOnlyForSomeoneOutOfAttemptsOrWaitingAfterAFailure() {
        assertThat(row(true, null, Verdict.NO_ATTEMPTS_LEFT).offers(NEW_ATTEMPTS)).isTrue();
        assertThat(row(true, null, Verdict.COOLING_DOWN).offers(NEW_ATTEMPTS)).isTrue();
        assertThat(row(true, CertificateStatus.EXPIRED, Verdict.NO_ATTEMPTS_LEFT).offers(NEW_ATTEMPTS)).isTrue();
        assertThat(row(true, null, Verdict.MAY_START).refusal(NEW_ATTEMPTS)).contains(Refusal.ATTEMPTS_AVAILABLE);
        assertThat(row(true, CertificateStatus.VALID, Verdict.ALREADY_PASSED).refusal(NEW_ATTEMPTS))
                .contains(Refusal.ALREADY_PASSED);
    }

    @Test
    void revocationOnlyOfACertificateInForce() {
        assertThat(row(false, CertificateStatus.VALID, Verdict.ALREADY_PASSED).offers(REVOKE)).isTrue();
        assertThat(row(false, CertificateStatus.EXPIRING_SOON, Verdict.MAY_START).offers(REVOKE)).isTrue();
        assertThat(row(false, CertificateStatus.EXPIRED, Verdict.MAY_START).refusal(REVOKE)).contains(Refusal.EXPIRED);
        assertThat(row(false, CertificateStatus.REVOKED, Verdict.MAY_START).refusal(REVOKE))
                .contains(Refusal.ALREADY_REVOKED);
        assertThat(row(false, null, Verdict.NO_ATTEMPTS_LEFT).refusal(REVOKE)).contains(Refusal.NO_CERTIFICATE);
    }

    @Test
    void onesOwnRowOffersNeitherExtraTimeNorNewAttempts() {
        Oversight own = new Oversight(true, true, Optional.empty(), Verdict.NO_ATTEMPTS_LEFT);
        assertThat(own.refusal(TIME_EXTENSION)).contains(Refusal.OWN_RECORD);
        assertThat(own.refusal(NEW_ATTEMPTS)).contains(Refusal.OWN_RECORD);
    }

    @Test
    void eachKindOfRowOffersExactlyWhatMeansSomething() {
        assertThat(offered(row(false, null, Verdict.MAY_START))).isEmpty();
        assertThat(offered(row(true, null, Verdict.NO_ATTEMPTS_LEFT))).containsExactly(TIME_EXTENSION, NEW_ATTEMPTS);
        assertThat(offered(row(false, CertificateStatus.VALID, Verdict.ALREADY_PASSED))).containsExactly(REVOKE);
        assertThat(offered(row(true, CertificateStatus.REVOKED, Verdict.MAY_START))).isEmpty();
    }

    @Test
    void everyRefusalSaysWhyInASentence() {
        for (Refusal refusal : Refusal.values()) {
            assertThat(refusal.message()).as(refusal.name()).matches("[A-Z].{20,}\\.");
        }
    }
}
