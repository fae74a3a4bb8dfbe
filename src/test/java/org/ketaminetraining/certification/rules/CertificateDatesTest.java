package org.ketaminetraining.certification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateDatesTest {

    @Test
    void validThroughIsTheDayBeforeExpiryAcrossMonthsYearsAndLeapDays() {
        assertThat(CertificateDates.validThrough(LocalDate.of(2028, 12, 2))).isEqualTo(LocalDate.of(2028, 12, 1));
        assertThat(CertificateDates.validThrough(LocalDate.of(2028, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(CertificateDates.validThrough(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(CertificateDates.validThrough(LocalDate.of(2029, 1, 1))).isEqualTo(LocalDate.of(2028, 12, 31));
        CertificateValidity validity = new CertificateValidity(LocalDate.of(2026, 12, 2), 24, 60);
        assertThat(validity.validThrough()).isEqualTo(CertificateDates.validThrough(validity.expiresOn()))
                .isEqualTo(LocalDate.of(2028, 12, 1));
    }

    @Test
    void daysAreWrittenInEnglishWordsWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(CertificateDates.inWords(LocalDate.of(2028, 12, 1))).isEqualTo("1 December 2028");
            assertThat(CertificateDates.inWords(LocalDate.of(2026, 3, 9))).isEqualTo("9 March 2026");
            assertThat(CertificateDates.inWords(LocalDate.of(2026, 11, 27))).isEqualTo("27 November 2026");
        } finally {
            Locale.setDefault(before);
        }
    }
}
