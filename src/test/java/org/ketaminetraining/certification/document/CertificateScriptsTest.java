package org.ketaminetraining.certification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketaminetraining.certification.document.Fixtures.actualTexts;
import static org.ketaminetraining.certification.document.Fixtures.flatText;
import static org.ketaminetraining.certification.document.Fixtures.payload;
import static org.ketaminetraining.certification.document.Fixtures.signed;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Certificates for names in the scripts a hospital's staff are named in, with the fonts installed on the machine
 * (see {@link InstalledFonts}): each renders, the text a viewer copies or reads aloud is the name as written, and
 * the name is really drawn, not left blank and not as empty boxes.
 */
class CertificateScriptsTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("Latin", "Zoë Łukasiewicz-Nguyễn"),
                Arguments.of("Greek", "Σοφία Παπαδοπούλου"),
                Arguments.of("Cyrillic", "Анна Петрова"),
                Arguments.of("Arabic, right to left and joined", "محمد عبد الله"),
                Arguments.of("Hebrew, right to left", "דוד לוי"),
                Arguments.of("Devanagari, conjuncts and vowel signs", "अर्जुन क्षत्रिय"),
                Arguments.of("Chinese", "李雷"),
                Arguments.of("Japanese", "山田 さくら"),
                Arguments.of("Korean", "김민준"),
                Arguments.of("with an emoji DejaVu lacks", "Ana \uD83D\uDC89 Silva"));
    }

    private static byte[] certificateFor(String name, FallbackFonts fonts) {
        return CertificatePdf.render(signed(payload(name, "Ketamine safety", Optional.empty())), Fixtures.URL, fonts);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("names")
    void aNameInAnyScriptIsPrintedAndKeptAsText(String script, String name) {
        InstalledFonts.require(name);
        byte[] pdf = certificateFor(name, InstalledFonts.FONTS);

        assertThat(flatText(pdf)).as("the text a viewer copies").contains(name);
        if (List.of("Latin", "Greek", "Cyrillic").contains(script)) {
            assertThat(actualTexts(pdf)).as("DejaVu text, as ever: no outlines").isEmpty();
        } else {
            assertThat(actualTexts(pdf)).as("the actual text of the outlines").containsExactly(name);
        }
        BufferedImage band = NameBand.of(pdf);
        assertThat(NameBand.inkedPixels(band)).as("ink where the name goes").isGreaterThan(150);
        String boxes = name.codePoints().mapToObj(c -> Character.isWhitespace(c) ? " " : "\uFFFF")
                .collect(Collectors.joining());
        assertThat(NameBand.sameImage(band, NameBand.of(certificateFor(boxes, InstalledFonts.FONTS))))
                .as("the name drawn differs from as many empty boxes").isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("names")
    void theSameNameWithTheSameFontsGivesTheSameBytes(String script, String name) {
        InstalledFonts.require(name);
        assertThat(certificateFor(name, InstalledFonts.FONTS)).isEqualTo(certificateFor(name, InstalledFonts.FONTS));
    }

    @Test
    void latinGreekAndCyrillicNamesAreDejaVuTextWhateverFallbackFontsAreInstalled() {
        for (String name : List.of("Zoë Łukasiewicz-Nguyễn", "Σοφία Παπαδοπούλου", "Анна Петрова")) {
            assertThat(certificateFor(name, InstalledFonts.FONTS)).as(name)
                    .isEqualTo(certificateFor(name, FallbackFonts.none()));
            assertThat(actualTexts(certificateFor(name, InstalledFonts.FONTS))).as(name).isEmpty();
        }
    }

    @Test
    void aNameNoFontDrawsStillGetsItsCertificateAndTheMissingPackageIsLoggedOnce() {
        List<LogRecord> warnings = new ArrayList<>();
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.WARNING) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(FallbackFonts.class.getName());
        logger.addHandler(collect);
        try {
            // DejaVu Sans alone: no CJK ideographs, and it predates the test tube emoji (Unicode 10).
            FallbackFonts none = FallbackFonts.none();
            String name = "李雷 \uD83E\uDDEA";
            byte[] pdf = CertificatePdf.render(signed(payload(name, "氯胺酮 safety", Optional.empty())), Fixtures.URL,
                    none);
            CertificatePdf.render(signed(payload(name, "氯胺酮 safety", Optional.empty())), Fixtures.URL, none);

            assertThat(actualTexts(pdf)).contains(name, "氯胺酮 safety");
            assertThat(flatText(pdf)).contains(name);
            assertThat(warnings).extracting(LogRecord::getMessage).hasSize(2).anySatisfy(message -> assertThat(message)
                    .contains("U+674E '李'", "fonts-noto-cjk")).anySatisfy(message -> assertThat(message)
                            .contains("U+1F9EA", "fonts-symbola"));
        } finally {
            logger.removeHandler(collect);
        }
    }

    @Test
    void hebrewAndArabicWithoutFallbackFontsAreStillLaidOutRightToLeftWithDejaVu() {
        // DejaVu Sans has Hebrew letters: with no other font installed they still print, in the right order.
        byte[] pdf = certificateFor("דוד לוי", FallbackFonts.none());
        assertThat(actualTexts(pdf)).containsExactly("דוד לוי");
        assertThat(NameBand.inkedPixels(NameBand.of(pdf))).isGreaterThan(150);
    }
}
