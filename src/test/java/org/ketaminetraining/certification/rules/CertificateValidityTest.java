package org.ketaminetraining.certification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateValidityTest {

    private static final LocalDate ISSUED = LocalDate.of(2025, 3, 10);
    private final CertificateValidity twoYears = new CertificateValidity(ISSUED, 24, 90);

    @Test
    void expiresValidityMonthsAfterIssueAndIsExpiredOnThatDay() {
        assertThat(twoYears.expiresOn()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(twoYears.validThrough()).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(twoYears.statusOn(LocalDate.of(2027, 3, 9), false)).isEqualTo(CertificateStatus.EXPIRING_SOON);
        assertThat(twoYears.statusOn(LocalDate.of(2027, 3, 10), false)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(twoYears.statusOn(LocalDate.of(2030, 1, 1), false)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(twoYears.daysUntilExpiry(LocalDate.of(2027, 3, 10))).isZero();
    }

    @Test
    void isExpiringSoonFromSixtyDaysBeforeExpiry() {
        LocalDate expires = twoYears.expiresOn();
        assertThat(twoYears.statusOn(expires.minusDays(61), false)).isEqualTo(CertificateStatus.VALID);
        assertThat(twoYears.statusOn(expires.minusDays(60), false)).isEqualTo(CertificateStatus.EXPIRING_SOON);
        assertThat(twoYears.statusOn(expires.minusDays(1), false)).isEqualTo(CertificateStatus.EXPIRING_SOON);
        assertThat(twoYears.statusOn(ISSUED, false)).isEqualTo(CertificateStatus.VALID);
        assertThat(twoYears.statusOn(ISSUED.minusDays(1), false)).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void monthsAreAddedByTheCalendarClampingToTheEndOfShorterMonths() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertThat(new CertificateValidity(leapDay, 12, 0).expiresOn()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(new CertificateValidity(leapDay, 48, 0).expiresOn()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(new CertificateValidity(LocalDate.of(2023, 8, 31), 6, 0).expiresOn())
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(new CertificateValidity(LocalDate.of(2024, 8, 31), 6, 0).expiresOn())
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(new CertificateValidity(LocalDate.of(2025, 1, 31), 1, 0).expiresOn())
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void theRenewalWindowRunsFromItsOpeningDayToTheLastValidDay() {
        LocalDate opens = LocalDate.of(2026, 12, 10);
        assertThat(twoYears.renewalWindowOpensOn()).isEqualTo(opens);
        assertThat(twoYears.inRenewalWindow(opens.minusDays(1))).isFalse();
        assertThat(twoYears.inRenewalWindow(opens)).isTrue();
        assertThat(twoYears.inRenewalWindow(twoYears.validThrough())).isTrue();
        assertThat(twoYears.inRenewalWindow(twoYears.expiresOn())).isFalse();
        assertThat(new CertificateValidity(ISSUED, 24, 0).inRenewalWindow(twoYears.validThrough())).isFalse();
    }

    @Test
    void aRevokedCertificateIsRevokedWhateverItsDates() {
        assertThat(twoYears.statusOn(ISSUED, true)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(twoYears.statusOn(twoYears.expiresOn().plusYears(1), true)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(CertificateStatus.REVOKED.inForce()).isFalse();
        assertThat(CertificateStatus.EXPIRING_SOON.inForce()).isTrue();
    }

    @Test
    void takesItsPeriodsFromTheProgramme() {
        CertificateValidity validity = CertificateValidity.of(Programmes.programme(List.of("m"), 1), ISSUED);
        assertThat(validity).isEqualTo(new CertificateValidity(ISSUED, 24, 90));
    }

    @Test
    void refusesPeriodsOutOfRange() {
        assertThatThrownBy(() -> new CertificateValidity(ISSUED, 0, 30)).hasMessageContaining("at least 1 month");
        assertThatThrownBy(() -> new CertificateValidity(ISSUED, 12, -1)).hasMessageContaining("0 or more days");
    }
}
