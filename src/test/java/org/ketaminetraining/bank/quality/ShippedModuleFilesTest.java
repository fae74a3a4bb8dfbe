package org.ketaminetraining.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.fingerprint.ContentFingerprint;
import org.ketaminetraining.bank.fingerprint.MetadataFingerprint;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.yaml.BankYamlWriter;

/**
 * The shipped module files are exactly what the app's writer writes for them, so that an export of a module nobody
 * changed rewrites its file byte for byte and a later export's diff shows only real changes. They were rewritten
 * once by the writer; {@code shipped-bank-before-writer-layout.tsv} pins what every module and question was before
 * (computed from the files as they stood before that rewrite), and the rewrite changed none of it.
 */
class ShippedModuleFilesTest {
    private static final Path QUESTIONS = Path.of("questions");
    private static final Path DEMO = QUESTIONS.resolve("demo");
    private static final Path PINNED = Path.of("src/test/resources/bank/shipped-bank-before-writer-layout.tsv");
    private static BankSnapshot bank;

    @BeforeAll
    static void load() {
        BankLoadResult result = BankLoader.load(QUESTIONS, Optional.of(DEMO));
        assertThat(result.problems()).isEmpty();
        bank = result.snapshot().orElseThrow();
    }

    /** Every module file of the bank and of the demo overlay, with the schema path the writer gives it. */
    private static List<Path> moduleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(QUESTIONS, DEMO)) {
            try (Stream<Path> entries = Files.list(dir)) {
                entries.filter(path -> path.getFileName().toString().endsWith(".yaml"))
                        .filter(path -> !path.getFileName().toString().equals(BankLoader.TAGS_FILE))
                        .filter(path -> !path.getFileName().toString().equals(BankLoader.CURRICULUM_FILE))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static BankModule moduleOf(Path file) {
        String name = file.getFileName().toString();
        return bank.module(name.substring(0, name.length() - ".yaml".length())).orElseThrow();
    }

    @Test
    void everyShippedModuleFileIsByteForByteWhatTheWriterWritesForIt() throws IOException {
        List<Path> files = moduleFiles();
        assertThat(files).hasSize(bank.modules().size());
        for (Path file : files) {
            String schema = file.getParent().equals(DEMO) ? BankYamlWriter.OVERLAY_MODULE_SCHEMA_PATH
                    : BankYamlWriter.MODULE_SCHEMA_PATH;
            byte[] written = BankYamlWriter.writeModule(moduleOf(file), schema).getBytes(StandardCharsets.UTF_8);
            assertThat(new String(written, StandardCharsets.UTF_8)).as(file.toString())
                    .isEqualTo(Files.readString(file));
            assertThat(written).as(file.toString()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void theFilesHaveTheLayoutAnExportKeeps() throws IOException {
        for (Path file : moduleFiles()) {
            String text = Files.readString(file);
            String schema =
                    file.getParent().equals(DEMO) ? "../schema/module.schema.json" : "schema/module.schema.json";
            assertThat(text).as(file.toString())
                    .startsWith("# yaml-language-server: $schema=" + schema + "\nformat: 1\n")
                    .endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
            long questions = moduleOf(file).questions().size();
            assertThat(text.split("\n\n  - id: ", -1)).as("a blank line before every question but the first")
                    .hasSize((int) Math.max(1, questions));
        }
    }

    @Test
    void theRewriteChangedNoModuleHeaderNoQuestionOrderAndNoFingerprint() throws IOException {
        assertThat(snapshotLines()).isEqualTo(Files.readAllLines(PINNED).stream()
                .filter(line -> !line.startsWith("#")).toList());
    }

    /**
     * One line per module (its id and a hash of title, description and objectives) followed by one line per
     * question in file order (its id, content fingerprint and metadata fingerprint).
     */
    static List<String> snapshotLines() {
        List<String> lines = new ArrayList<>();
        for (BankModule module : bank.modules()) {
            lines.add("module\t" + module.id() + "\t" + headerHash(module));
            for (Question question : module.questions()) {
                lines.add("question\t" + question.id() + "\t" + ContentFingerprint.of(question) + "\t"
                        + MetadataFingerprint.of(question));
            }
        }
        return lines;
    }

    private static String headerHash(BankModule module) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(module.title()).append('\0').append(module.description().orElse("\u0001")).append('\0');
        for (Objective objective : module.objectives()) {
            canonical.append(objective.id()).append('\0').append(objective.text()).append('\0');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
