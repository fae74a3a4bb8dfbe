package org.ketaminetraining.bank.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.interchange.ExportResult;
import org.ketaminetraining.bank.interchange.gift.GiftExporter;
import org.ketaminetraining.bank.interchange.moodlexml.MoodleXmlExporter;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.yaml.BankYamlWriter;

/**
 * {@code export}: writes a valid bank as GIFT or Moodle XML (one category per module) or as a bank directory. An
 * invalid bank is refused, because an export of half a bank would look complete to whoever imports it.
 */
final class BankExport {
    private static final List<String> FORMATS = List.of("gift", "moodle-xml", "yaml");

    private final PrintStream out;
    private final PrintStream err;

    BankExport(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String questionsDir, String format, String target) {
        if (!FORMATS.contains(format)) {
            return Interchange.usage(err, "unknown format '" + format + "'; use one of " + FORMATS);
        }
        Path directory = Path.of(questionsDir);
        if (!Files.isDirectory(directory)) {
            return Interchange.usage(err, "'" + questionsDir + "' is not a directory");
        }
        Path out = Path.of(target);
        if (format.equals("yaml") && !isNewOrEmptyDirectory(out)) {
            // a module file left over from an earlier export would quietly join the written bank
            return Interchange.usage(err, "'" + target + "' must be a new or empty directory");
        }
        BankLoadResult loaded = BankLoader.load(directory);
        if (loaded.snapshot().isEmpty()) {
            loaded.problems().forEach(err::println);
            err.println("Interchange: the bank has " + loaded.problems().size() + " problem(s); nothing exported");
            return Interchange.PROBLEMS;
        }
        try {
            return write(loaded.snapshot().get(), format, out);
        } catch (IOException e) {
            err.println("Interchange: cannot write '" + target + "': " + e.getMessage());
            return Interchange.PROBLEMS;
        }
    }

    private int write(BankSnapshot bank, String format, Path target) throws IOException {
        if (format.equals("yaml")) {
            writeBankDirectory(bank, target);
            out.println("wrote " + bank.modules().size() + " module(s), " + bank.questions().size() + " question(s),"
                    + " tags and curriculum to " + target);
            return Interchange.DONE;
        }
        String parent = categoryParent(bank);
        ExportResult result = format.equals("gift") ? GiftExporter.exportModules(parent, bank.modules())
                : MoodleXmlExporter.exportModules(parent, bank.modules());
        writeText(target, result.content());
        result.notExported().forEach(err::println);
        int written = bank.questions().size() - result.notExported().size();
        out.println("wrote " + written + " of " + bank.questions().size() + " question(s) in " + bank.modules().size()
                + " categor" + (bank.modules().size() == 1 ? "y" : "ies") + " to " + target
                + (result.notExported().isEmpty() ? "" : "; the others are named above"));
        return Interchange.DONE;
    }

    /**
     * Moodle nests categories by "/": the modules go under the first programme's title in the course's top
     * category, so an import into Moodle shows the bank as one tree.
     */
    static String categoryParent(BankSnapshot bank) {
        String programme = bank.curriculum().programmes().stream().findFirst().map(p -> p.title())
                .orElse("Question bank");
        return "$course$/top/" + programme.replace("/", "//");
    }

    private static void writeBankDirectory(BankSnapshot bank, Path target) throws IOException {
        Files.createDirectories(target);
        for (BankModule module : bank.modules()) {
            writeText(target.resolve(module.id() + BankLoader.MODULE_EXTENSION), BankYamlWriter.writeModule(module));
        }
        writeText(target.resolve(BankLoader.TAGS_FILE), BankYamlWriter.writeTags(bank.tags()));
        writeText(target.resolve(BankLoader.CURRICULUM_FILE), BankYamlWriter.writeCurriculum(bank.curriculum()));
    }

    static void writeText(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static boolean isNewOrEmptyDirectory(Path path) {
        if (!Files.exists(path)) {
            return true;
        }
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
