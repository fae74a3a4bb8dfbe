package org.ketaminetraining.bank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValidateBanksTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ValidateBanks.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aValidBankPrintsOnlyTheSummaryAndExitsZero() {
        assertThat(run("src/test/resources/banks/valid")).isEqualTo(0);
        assertThat(out()).isEqualTo("4 files, 8 questions, 0 problems\n");
        assertThat(err.size()).isZero();
    }

    @Test
    void problemsArePrintedOnePerLineThenTheSummaryAndExitOne() {
        assertThat(run("src/test/resources/banks/broken-duplicate-question-id")).isEqualTo(1);
        assertThat(out().lines()).containsExactly(
                "src/test/resources/banks/broken-duplicate-question-id/dosing.yaml:9:9: question id 'dose-001' is not"
                        + " unique; it is also used at src/test/resources/banks/broken-duplicate-question-id/"
                        + "mechanism.yaml:9:9",
                "src/test/resources/banks/broken-duplicate-question-id/mechanism.yaml:9:9: question id 'dose-001' is"
                        + " not unique; it is also used at src/test/resources/banks/broken-duplicate-question-id/"
                        + "dosing.yaml:9:9",
                "4 files, 2 questions, 2 problems");
    }

    @Test
    void theSummaryUsesSingularsForOne() {
        assertThat(run("src/test/resources/banks/broken-missing-tags-file")).isEqualTo(1);
        assertThat(out().lines()).last().isEqualTo("2 files, 1 question, 1 problem");
    }

    @Test
    void aSecondDirectoryIsLoadedAsAnOverlayOnTopOfTheFirst() {
        assertThat(run("questions", "questions/demo")).isEqualTo(0);
        assertThat(out()).matches("\\d+ files, \\d+ questions, 0 problems\n");
        assertThat(run("src/test/resources/banks/valid", "src/test/resources/banks/broken-missing-tags-file"))
                .isEqualTo(1);
        assertThat(out().lines()).anySatisfy(line -> assertThat(line).startsWith(
                "src/test/resources/banks/broken-missing-tags-file/dosing.yaml:3:7: module 'dosing' is already a"
                        + " module of the main bank (src/test/resources/banks/valid/dosing.yaml:4:7)"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: ValidateBanks <questions-directory>");
        assertThat(run("a", "b")).isEqualTo(2);
        assertThat(run("questions", "questions/demo", "c")).isEqualTo(2);
        assertThat(run("questions", "--overlay")).isEqualTo(2);
        assertThat(run("--help")).isEqualTo(2);
        assertThat(run("src/test/resources/banks/does-not-exist")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a directory");
        assertThat(out()).isEmpty();
    }
}
