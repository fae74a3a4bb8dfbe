package org.ketaminetraining.bank.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic, valid bank of any size: modules of 500 questions cycling through all seven types, with a
 * tags file and a curriculum that requires every module. Content is filler; only the shape matters here.
 */
public final class GeneratedBank {

    private static final int PER_MODULE = 500;

    private GeneratedBank() {
    }

    public static void write(Path dir, int questions) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("tags.yaml"), """
                format: 1
                tags:
                  - id: safety-critical
                    description: A wrong answer could harm a patient.
                  - id: scenario
                    description: A short vignette followed by a decision.
                """, StandardCharsets.UTF_8);
        int modules = (questions + PER_MODULE - 1) / PER_MODULE;
        StringBuilder curriculum = new StringBuilder("""
                format: 1
                version: "bench"
                programmes:
                  - id: bench
                    title: Benchmark programme
                    required_modules:
                """);
        for (int m = 0; m < modules; m++) {
            curriculum.append("      - module-").append(m).append('\n');
            int count = Math.min(PER_MODULE, questions - m * PER_MODULE);
            Files.writeString(dir.resolve("module-" + m + ".yaml"), module(m, count), StandardCharsets.UTF_8);
        }
        curriculum.append("""
                    assessment:
                      items_per_module: 3
                      pass_mark: 0.8
                      all_safety_critical_correct: true
                      max_attempts: 3
                      cooldown_hours: 24
                    validity_months: 24
                    renewal_window_days: 60
                    refresher_recall_threshold: 0.85
                """);
        Files.writeString(dir.resolve("curriculum.yaml"), curriculum.toString(), StandardCharsets.UTF_8);
    }

    private static String module(int m, int count) {
        StringBuilder yaml = new StringBuilder(String.format(Locale.ROOT, """
                format: 1
                module:
                  id: module-%d
                  title: Generated module %d
                  objectives:
                    - id: m%d-objective
                      text: Answer generated questions of every type.
                questions:
                """, m, m, m));
        for (int i = 0; i < count; i++) {
            yaml.append(question("m" + m + "-q" + i, "m" + m + "-objective", i));
        }
        return yaml.toString();
    }

    private static String question(String id, String objective, int i) {
        String head = String.format(Locale.ROOT, """
                  - id: %s
                    type: %s
                    objective: %s
                    tags: [%s]
                    stem: |
                      Generated question %s asks about item number %d of the benchmark bank.
                """, id, type(i), objective, i % 5 == 0 ? "safety-critical" : "", id, i);
        String tail = String.format(Locale.ROOT, """
                    explanation: |
                      Explanation for %s: the first listed answer is right and the others are wrong.
                    references:
                      - title: Benchmark reference %d
                        url: https://example.org/reference/%d
                """, id, i, i);
        return head + answer(i) + tail;
    }

    private static String type(int i) {
        return switch (i % 7) {
            case 0 -> "single_choice";
            case 1 -> "multiple_response";
            case 2 -> "true_false";
            case 3 -> "numeric";
            case 4 -> "ordering";
            case 5 -> "matching";
            default -> "short_text";
        };
    }

    private static String answer(int i) {
        return switch (i % 7) {
            case 0 -> """
                        options:
                          - text: Right answer
                            correct: true
                          - text: Wrong answer one
                          - text: Wrong answer two
                    """;
            case 1 -> """
                        options:
                          - text: First right answer
                            correct: true
                          - text: Second right answer
                            correct: true
                          - text: A wrong answer
                    """;
            case 2 -> "    answer: true\n";
            case 3 -> "    answer: " + (i % 100 + 1) + "\n    tolerance: 0.5\n    unit: mg\n";
            case 4 -> """
                        items:
                          - First step
                          - Second step
                          - Third step
                    """;
            case 5 -> """
                        pairs:
                          - left: Alpha
                            right: One
                          - left: Beta
                            right: Two
                          - left: Gamma
                            right: Three
                    """;
            default -> "    accepted: [norketamine]\n";
        };
    }
}
