package org.ketaminetraining.bank.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shipped questions/ directory and the YAML examples inside its README. */
final class QuestionsDirectory {
    static final Path DIR = Path.of("questions");
    static final Path SCHEMAS = DIR.resolve("schema");
    static final List<String> SHIPPED_MODULES = List.of("products-regulation", "mechanism", "pharmacokinetics",
            "dosing", "administration-monitoring", "adverse-effects", "contraindications-interactions", "evidence",
            "holistic-care");
    /**
     * The curriculum's order of the same modules: the four clinical ones first, because a total_items assessment
     * gives the items that do not divide evenly to the first modules listed.
     */
    static final List<String> ASSESSMENT_ORDER = List.of("dosing", "administration-monitoring", "adverse-effects",
            "contraindications-interactions", "products-regulation", "mechanism", "pharmacokinetics", "evidence",
            "holistic-care");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    /** The objectives of the README's complete module example, which the per-type snippets use. */
    static final String SNIPPET_MODULE = """
            # yaml-language-server: $schema=schema/module.schema.json
            format: 1
            module:
              id: dosing
              title: Dosing
              objectives:
                - id: dose-calculation
                  text: Calculate a weight-based ketamine dose.
                - id: dose-esketamine
                  text: State how esketamine nasal spray doses are given.
            questions:
            """;

    private QuestionsDirectory() {
    }

    static List<String> readmeYamlBlocks() {
        Matcher matcher = YAML_BLOCK.matcher(read(DIR.resolve("README.md")));
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    /** Turns any README example into a complete file of its kind: [file name, YAML]. */
    static List<String> asFile(String block) {
        if (block.contains("$schema=schema/module.schema.json")) {
            return List.of("dosing.yaml", block);
        }
        if (block.contains("$schema=schema/tags.schema.json")) {
            return List.of("tags.yaml", block);
        }
        if (block.contains("$schema=schema/curriculum.schema.json")) {
            return List.of("curriculum.yaml", block);
        }
        if (block.startsWith("- id:")) {
            return List.of("dosing.yaml", SNIPPET_MODULE + block);
        }
        if (block.startsWith("references:")) {
            String question = "- id: ref-example\n  type: true_false\n  objective: dose-calculation\n  stem: S\n"
                    + "  answer: true\n  explanation: E\n" + block.indent(2);
            return List.of("dosing.yaml", SNIPPET_MODULE + question);
        }
        throw new AssertionError("a README yaml block of unknown kind:\n" + block);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
