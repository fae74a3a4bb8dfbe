package org.ketaminetraining.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminetraining.scheduling.fsrs.ReferenceVectors;

class ReplayTest {

    /** The outcome of one run of the command. */
    private record Run(int status, List<String> out, String err) {
    }

    private static Run replay(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Replay.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        return new Run(status, printed.isEmpty() ? List.of() : printed.lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void reproducesTheReferenceFileFedInAsItIs() {
        Run run = replay(ReferenceVectors.text(), "--retention", "0.85");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().get(0)).isEqualTo(
                "item_id,elapsed_days,rating,retrievability_before,stability,difficulty,interval_days");
        List<ReferenceVectors.Row> reference = ReferenceVectors.rows();
        assertThat(run.out()).hasSize(reference.size() + 1);
        for (int i = 0; i < reference.size(); i++) {
            ReferenceVectors.Row expected = reference.get(i);
            String[] actual = run.out().get(i + 1).split(",", -1);
            assertThat(actual).hasSize(7);
            assertThat(actual[0]).isEqualTo(expected.itemId());
            assertThat(Integer.parseInt(actual[1])).isEqualTo(expected.elapsedDays());
            assertThat(Integer.parseInt(actual[2])).isEqualTo(expected.rating());
            if (expected.retrievabilityBefore().isEmpty()) {
                assertThat(actual[3]).isEmpty();
            } else {
                assertThat(Double.parseDouble(actual[3])).as("R, line %d", expected.lineNumber())
                        .isCloseTo(expected.retrievabilityBefore().getAsDouble(), withinPercentage(0.01));
            }
            assertThat(Double.parseDouble(actual[4])).as("S, line %d", expected.lineNumber())
                    .isCloseTo(expected.stability(), withinPercentage(0.01));
            assertThat(Double.parseDouble(actual[5])).as("D, line %d", expected.lineNumber())
                    .isCloseTo(expected.difficulty(), withinPercentage(0.01));
            assertThat(Double.parseDouble(actual[6])).as("interval, line %d", expected.lineNumber())
                    .isCloseTo(expected.intervalDays(), withinPercentage(0.01));
        }
    }

    @Test
    void retentionDefaultsToNinetyPercentWhereTheIntervalEqualsStability() {
        Run run = replay("item_id,elapsed_days,rating\na,0,3\na,3,3\n");
        assertThat(run.status()).isZero();
        for (String row : run.out().subList(1, 3)) {
            String[] f = row.split(",", -1);
            assertThat(Double.parseDouble(f[6])).isCloseTo(Double.parseDouble(f[4]), withinPercentage(1e-5));
        }
        assertThat(run.out().get(1)).isEqualTo("a,0,3,,2.30650000,2.11810397,2.30650000");
    }

    @Test
    void anUnknownRatingStopsAtItsLine() {
        Run run = replay("item_id,elapsed_days,rating\na,0,3\na,2,3\na,4,5\na,9,3\n");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("line 4: ").contains("unknown rating '5'");
        assertThat(run.out()).hasSize(3).noneMatch(line -> line.startsWith("a,9,"));
    }

    @Test
    void negativeDaysStopAtTheirLine() {
        Run run = replay("item_id,elapsed_days,rating\nb,0,1\nb,-2,3\nb,1,3\n");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("line 3: ").contains("elapsed_days").contains("'-2'");
        assertThat(run.out()).hasSize(2);
    }

    @Test
    void aWrongColumnCountStopsAtItsLine() {
        Run run = replay("item_id,elapsed_days,rating,note\nc,0,3,x\nc,1,3\nc,2,3,y\n");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("line 3: ").contains("expected 4 columns").contains("found 3");
        assertThat(run.out()).hasSize(2);
    }

    @Test
    void daysThatAreNotANumberStopTheReplay() {
        Run run = replay("item_id,elapsed_days,rating\nd,zero,3\n");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("line 2: ").contains("not a number");
    }

    @Test
    void theHeaderIsRequired() {
        assertThat(replay("").err()).startsWith("line 1: missing header");
        Run wrong = replay("id,days,grade\ne,0,3\n");
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("line 1: header must start with");
        assertThat(wrong.out()).isEmpty();
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        Run run = replay("item_id,elapsed_days,rating\nf,0,3\n\nf,1,7\n");
        assertThat(run.err()).startsWith("line 4: ");
    }

    @Test
    void aBadRetentionIsAUsageError() {
        Run run = replay("item_id,elapsed_days,rating\n", "--retention", "1.2");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("(0, 1)").contains("usage:");
        assertThat(replay("item_id,elapsed_days,rating\n", "--verbose").status()).isEqualTo(2);
        assertThat(replay("item_id,elapsed_days,rating\na,0,4\n", "--retention=0.8").status()).isZero();
    }

    @Test
    void runsWithNothingButTheJdkAndTargetClasses(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("reference.csv");
        Files.writeString(good, ReferenceVectors.text());
        Process ok = command(good, "--retention", "0.85");
        List<String> lines = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(ok.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ok.exitValue()).isZero();
        assertThat(lines).hasSize(365);
        assertThat(lines.get(1)).isEqualTo("item-7-0,0,4,,8.29560000,1.00000000,15.81494863");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "item_id,elapsed_days,rating\ng,0,3\ng,1,9\ng,2,3\n");
        Process failing = command(bad);
        String out = new String(failing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(failing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(failing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(failing.exitValue()).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("line 3: unknown rating '9' (expected 1, 2, 3 or 4)");
        assertThat(out.lines()).hasSize(2);
    }

    private static Process command(Path input, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", new File("target/classes")
                .getAbsolutePath(), Replay.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(input.toFile()).start();
    }
}
