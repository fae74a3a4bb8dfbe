package org.ketaminetraining.bank.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.yaml.BankYamlWriter;

/**
 * {@code format}: rewrites the module files of a valid bank (and of an overlay inside it) in place, in the layout the
 * app's writer gives them, so a file edited by hand is laid out as an export would write it. Only files whose bytes
 * change are written, each through a temporary file moved over the original, so an interrupted run leaves every
 * file whole. An invalid bank is refused untouched: the writer knows only what the parser could read.
 */
final class BankFormat {
    private final PrintStream out;
    private final PrintStream err;

    BankFormat(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String questionsDir, Optional<String> overlayDir) {
        Path directory = Path.of(questionsDir);
        Optional<Path> overlay = overlayDir.map(Path::of);
        for (Path dir : folders(directory, overlay)) {
            if (!Files.isDirectory(dir)) {
                return Interchange.usage(err, "'" + dir + "' is not a directory");
            }
        }
        BankLoadResult loaded = BankLoader.load(directory, overlay);
        if (loaded.snapshot().isEmpty()) {
            loaded.problems().forEach(err::println);
            err.println("Interchange: the bank has " + loaded.problems().size() + " problem(s); nothing formatted");
            return Interchange.PROBLEMS;
        }
        try {
            return format(loaded.snapshot().get(), directory, overlay);
        } catch (IOException e) {
            err.println("Interchange: cannot rewrite a module file: " + e.getMessage());
            return Interchange.PROBLEMS;
        }
    }

    private int format(BankSnapshot bank, Path directory, Optional<Path> overlay) throws IOException {
        int files = 0;
        int rewritten = 0;
        for (Path dir : folders(directory, overlay)) {
            String schema = schemaPath(directory, dir);
            for (Path file : moduleFiles(dir)) {
                String name = file.getFileName().toString();
                BankModule module = bank.module(name.substring(0, name.length() - BankLoader.MODULE_EXTENSION.length()))
                        .orElseThrow();
                byte[] text = BankYamlWriter.writeModule(module, schema).getBytes(StandardCharsets.UTF_8);
                files++;
                if (!java.util.Arrays.equals(text, Files.readAllBytes(file))) {
                    Path temporary = Files.createTempFile(dir, "." + name, ".tmp");
                    try {
                        Files.write(temporary, text);
                        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(temporary);
                    }
                    out.println("formatted " + file);
                    rewritten++;
                }
            }
        }
        out.println(rewritten + " of " + files + " module file(s) rewritten");
        return Interchange.DONE;
    }

    private static List<Path> folders(Path directory, Optional<Path> overlay) {
        List<Path> folders = new ArrayList<>(List.of(directory));
        overlay.ifPresent(folders::add);
        return folders;
    }

    /** The bank's module schema as seen from {@code dir}: {@code ../schema/...} from an overlay inside the bank. */
    private static String schemaPath(Path bank, Path dir) {
        Path schema = bank.toAbsolutePath().normalize().resolve(BankYamlWriter.MODULE_SCHEMA_PATH);
        return dir.toAbsolutePath().normalize().relativize(schema).toString().replace('\\', '/');
    }

    private static List<Path> moduleFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(BankLoader.MODULE_EXTENSION))
                    .filter(path -> !path.getFileName().toString().equals(BankLoader.TAGS_FILE))
                    .filter(path -> !path.getFileName().toString().equals(BankLoader.CURRICULUM_FILE))
                    .sorted().toList();
        }
    }
}
