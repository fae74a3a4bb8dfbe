package org.ketaminetraining.certification.signing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators of valid payloads, with awkward text: quotes, backslashes, non-ASCII and astral characters. */
final class Payloads {

    private Payloads() {
    }

    static Arbitrary<String> text() {
        Arbitrary<String> raw = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00a0', '\u024f')
                .withCharRange('\u0300', '\u036f')
                .withCharRange('\u4e00', '\u4e40')
                .withChars('"', '\\', '/', '\u2028', '\ufeff')
                .ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> astral = Arbitraries.of("\uD83D\uDE00", "\uD835\uDC00", "");
        return Combinators.combine(raw, astral).as((s, a) -> ("x" + s + a + "y"));
    }

    static Arbitrary<List<AssessedRevision>> revisions() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars('-', '.', ':', '/', '_').ofMinLength(0).ofMaxLength(12).map(s -> "q" + s);
        return Combinators.combine(ids, Arbitraries.integers().between(1, Integer.MAX_VALUE))
                .as(Tuple::of).list().ofMinSize(1).ofMaxSize(15).uniqueElements(t -> t.get1())
                .map(list -> list.stream().map(t -> new AssessedRevision(t.get1(), t.get2())).toList());
    }

    static Arbitrary<CertificatePayload> payloads() {
        Arbitrary<VerificationCode> codes = Arbitraries.strings().withChars(VerificationCode.ALPHABET).ofLength(20)
                .map(s -> VerificationCode.parse(s).orElseThrow());
        Arbitrary<Optional<BigDecimal>> hours = Arbitraries.bigDecimals().between(BigDecimal.ZERO,
                new BigDecimal("99999.99")).ofScale(2).injectNull(0.3).map(Optional::ofNullable);
        Arbitrary<LocalDate> issued = Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(9990, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(codes, text().list().ofSize(5), revisions(),
                Arbitraries.integers().between(0, 1000), issued, Arbitraries.integers().between(1, 3000), hours)
                .as((code, texts, revisions, score, issuedOn, days, contactHours) -> new CertificatePayload(code,
                        texts.get(0), texts.get(1), texts.get(2), texts.get(3), revisions, score, issuedOn,
                        issuedOn.plusDays(days), texts.get(4), contactHours));
    }
}
