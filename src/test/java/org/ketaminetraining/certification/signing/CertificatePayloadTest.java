package org.ketaminetraining.certification.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificatePayloadTest {

    private static final VerificationCode CODE = VerificationCode.parse(Certificates.CODE).orElseThrow();
    private static final List<AssessedRevision> ONE = List.of(new AssessedRevision("q1", 1));
    private static final LocalDate ISSUED = LocalDate.of(2025, 3, 1);

    private static CertificatePayload with(String name, List<AssessedRevision> revisions, int score,
            LocalDate expires, Optional<BigDecimal> hours) {
        return new CertificatePayload(CODE, name, "p", "Programme", "1", revisions, score, ISSUED, expires,
                "Provider", hours);
    }

    @Test
    void revisionsAreKeptSortedByQuestionIdAndCannotBeChanged() {
        CertificatePayload payload = Certificates.payload();
        assertThat(payload.assessedRevisions()).extracting(AssessedRevision::questionId)
                .containsExactly("ae-emergence", "dose-obj-calculations", "mech-nmda");
        assertThatThrownBy(() -> payload.assessedRevisions().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theCallersListIsCopied() {
        List<AssessedRevision> revisions = new ArrayList<>(ONE);
        CertificatePayload payload = with("A", revisions, 900, ISSUED.plusYears(2), Optional.empty());
        revisions.add(new AssessedRevision("q2", 1));
        assertThat(payload.assessedRevisions()).hasSize(1);
    }

    @Test
    void textIsNormalisedToNfcSoTwoSpellingsOfANameAreOnePayload() {
        assertThat(Certificates.payload("Zoe\u0308 O'Brien")).isEqualTo(Certificates.payload("Zo\u00eb O'Brien"));
    }

    @Test
    void contactHoursLoseTrailingZeros() {
        assertThat(Certificates.payload().contactHours()).contains(new BigDecimal("7.5"));
        assertThat(with("A", ONE, 900, ISSUED.plusDays(1), Optional.of(new BigDecimal("1.2E+1"))).contactHours()
                .orElseThrow().toPlainString()).isEqualTo("12");
        assertThat(with("A", ONE, 900, ISSUED.plusDays(1), Optional.of(new BigDecimal("0.00"))).contactHours()
                .orElseThrow().toPlainString()).isEqualTo("0");
    }

    @Test
    void invalidValuesAreRefusedWithPlainMessages() {
        LocalDate expires = ISSUED.plusYears(2);
        assertThatThrownBy(() -> with(" ", ONE, 900, expires, Optional.empty()))
                .hasMessage("holder name is blank");
        assertThatThrownBy(() -> with(null, ONE, 900, expires, Optional.empty()))
                .hasMessage("holder name is missing");
        assertThatThrownBy(() -> with(" Ann", ONE, 900, expires, Optional.empty()))
                .hasMessage("holder name must not start or end with white space, was ' Ann'");
        assertThatThrownBy(() -> with("Ann\nBob", ONE, 900, expires, Optional.empty()))
                .hasMessage("holder name contains a control character (U+000A) at position 4");
        assertThatThrownBy(() -> with("Ann\uD800", ONE, 900, expires, Optional.empty()))
                .hasMessage("holder name contains an unpaired surrogate at position 4");
        assertThatThrownBy(() -> with("A".repeat(301), ONE, 900, expires, Optional.empty()))
                .hasMessage("holder name is longer than 300 characters");
        assertThatThrownBy(() -> with("A", ONE, 1001, expires, Optional.empty()))
                .hasMessage("score must be 0 to 1000 per mille, was 1001");
        assertThatThrownBy(() -> with("A", ONE, -1, expires, Optional.empty()))
                .hasMessage("score must be 0 to 1000 per mille, was -1");
        assertThatThrownBy(() -> with("A", ONE, 900, ISSUED, Optional.empty()))
                .hasMessage("expiry date 2025-03-01 must be after the issue date 2025-03-01");
        assertThatThrownBy(() -> with("A", ONE, 900, LocalDate.of(10000, 1, 1), Optional.empty()))
                .hasMessage("expiry date must be in the years 1900 to 9999, was +10000-01-01");
        assertThatThrownBy(() -> with("A", List.of(), 900, expires, Optional.empty()))
                .hasMessage("at least one assessed revision is needed");
        assertThatThrownBy(() -> with("A", List.of(new AssessedRevision("q1", 1), new AssessedRevision("q1", 2)),
                900, expires, Optional.empty()))
                .hasMessage("question q1 is listed more than once among the assessed revisions");
        assertThatThrownBy(() -> with("A", ONE, 900, expires, Optional.of(new BigDecimal("1.005"))))
                .hasMessage("contact hours may have at most two decimal places, was 1.005");
        assertThatThrownBy(() -> with("A", ONE, 900, expires, Optional.of(new BigDecimal("-1"))))
                .hasMessage("contact hours must be 0 or more and below 100000, was -1");
        assertThatThrownBy(() -> new AssessedRevision("q 1", 1))
                .hasMessageStartingWith("question id must be 1 to 100 ASCII letters");
        assertThatThrownBy(() -> new AssessedRevision("q1", 0))
                .hasMessage("revision of question q1 must be 1 or more, was 0");
    }

    @Test
    void aNameOfEveryDaySortAndScriptIsAccepted() {
        for (String name : List.of("Zoë O'Brien", "José Müller-Łukasiewicz", "李小龍", "Ngũgĩ wa Thiong'o",
                "Dr. A \"Al\" B\\C", "\uD83D\uDE00 Emoji")) {
            assertThat(with(name, ONE, 0, ISSUED.plusDays(1), Optional.empty()).holderName()).isEqualTo(name);
        }
    }
}
