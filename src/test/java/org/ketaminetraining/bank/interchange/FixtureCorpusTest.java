package org.ketaminetraining.bank.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketaminetraining.bank.interchange.gift.GiftImporter;
import org.ketaminetraining.bank.interchange.moodlexml.MoodleXmlImporter;

/**
 * Files written by hand from the GIFT and Moodle XML documentation, one construct after another, each with its
 * expected import report next to it ({@code <file>.expected}: the summary line, then every entry as
 * {@code file:line: message}). A construct that is dropped, changed or refused must show up there with its line.
 */
class FixtureCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/interchange");

    @ParameterizedTest
    @ValueSource(strings = {"truefalse-shapes.xml", "partial-credit.xml", "dropped-constructs.xml",
        "moodle-written.gift"})
    void reportMatchesTheExpectedReport(String name) throws IOException {
        String text = Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
        ImportResult result = name.endsWith(".gift") ? GiftImporter.parse(name, text)
                : MoodleXmlImporter.parse(name, text);

        String expected = Files.readString(CORPUS.resolve(name + ".expected"), StandardCharsets.UTF_8);
        assertThat(String.join("\n", result.report().lines()) + "\n").isEqualTo(expected);
    }
}
