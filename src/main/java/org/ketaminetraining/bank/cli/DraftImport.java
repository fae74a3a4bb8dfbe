package org.ketaminetraining.bank.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ketaminetraining.bank.interchange.ImportResult;
import org.ketaminetraining.bank.interchange.ImportedModules;
import org.ketaminetraining.bank.interchange.gift.GiftImporter;
import org.ketaminetraining.bank.interchange.moodlexml.MoodleXmlImporter;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.validation.Problem;
import org.ketaminetraining.bank.yaml.BankYamlWriter;
import org.ketaminetraining.bank.yaml.SourceFile;

/**
 * {@code import}: reads GIFT or Moodle XML into new module files of drafts: into the one module named on the command
 * line when the target is a {@code .yaml} file, or one module per Moodle category into a directory (how a whole bank
 * exported to Moodle comes back with its modules). Nothing is overwritten: when any file to write exists, none is
 * written. Moodle has no learning objectives, so a
 * question that arrives without one is given {@link #PLACEHOLDER_OBJECTIVE}, which is listed in the module and
 * deliberately not a valid id: the validator then points at exactly the places an author has to fill in.
 */
final class DraftImport {
    static final String PLACEHOLDER_OBJECTIVE = "TODO-objective";
    static final String PLACEHOLDER_TEXT = "TODO: state the learning objective and give it a kebab-case id";
    private static final Pattern MODULE_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final PrintStream out;
    private final PrintStream err;

    DraftImport(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String source, String moduleId, String target) {
        Path file = Path.of(source);
        Optional<Boolean> gift = isGift(source);
        if (gift.isEmpty()) {
            return Interchange.usage(err, "'" + source + "' must end in .gift or .txt (GIFT) or .xml (Moodle XML)");
        }
        if (!MODULE_ID.matcher(moduleId).matches()) {
            return Interchange.usage(err, "module id '" + moduleId + "' must be kebab-case, such as 'dosing'");
        }
        if (!Files.isRegularFile(file)) {
            return Interchange.usage(err, "'" + source + "' is not a file");
        }
        boolean oneFile = target.toLowerCase(Locale.ROOT).endsWith(".yaml");
        if (oneFile && Files.exists(Path.of(target))) {
            return Interchange.usage(err, "'" + target + "' already exists; an import never overwrites a module");
        }
        if (!oneFile && Files.exists(Path.of(target)) && !Files.isDirectory(Path.of(target))) {
            return Interchange.usage(err, "'" + target + "' is neither a .yaml file to write nor a directory");
        }
        try {
            String text = SourceFile.read(file, source).text();
            ImportResult imported =
                    gift.get() ? GiftImporter.parse(source, text) : MoodleXmlImporter.parse(source, text);
            List<BankModule> modules = modules(imported, moduleId, oneFile);
            if (oneFile && modules.size() > 1) {
                return Interchange.usage(err, "'" + source + "' files its questions under " + modules.size()
                        + " categories, one module each; give a directory to write them into instead of '" + target
                        + "'");
            }
            Map<Path, BankModule> files = new LinkedHashMap<>();
            modules.forEach(module -> files.put(oneFile ? Path.of(target)
                    : Path.of(target).resolve(module.id() + ".yaml"), module));
            for (Path existing : files.keySet()) {
                if (Files.exists(existing)) {
                    return Interchange.usage(err, "'" + existing + "' already exists; an import never overwrites a"
                            + " module, so nothing was written");
                }
            }
            if (!oneFile && !files.isEmpty()) {
                Files.createDirectories(Path.of(target));
            }
            for (Map.Entry<Path, BankModule> entry : files.entrySet()) {
                BankExport.writeText(entry.getKey(), BankYamlWriter.writeModule(entry.getValue()));
            }
            return report(imported, files.keySet());
        } catch (CharacterCodingException e) {
            err.println(source + ": not UTF-8 text; save it as UTF-8 and import again");
        } catch (IOException e) {
            err.println("Interchange: " + e.getMessage());
        }
        return Interchange.PROBLEMS;
    }

    /**
     * One module per Moodle category (a bank export writes one per module), or all of them as the one module named
     * on the command line when the target is a single file; a file with no questions still gets its module when
     * the target is a file, so the author sees what came of it.
     */
    private static List<BankModule> modules(ImportResult imported, String moduleId, boolean oneFile) {
        List<BankModule> grouped = ImportedModules.group(imported, moduleId);
        if (oneFile && grouped.size() <= 1) {
            String title = grouped.isEmpty() ? moduleId : grouped.get(0).title();
            return List.of(module(moduleId, title, imported.questions()));
        }
        return grouped.stream().map(m -> module(m.id(), m.title(), m.questions())).toList();
    }

    private int report(ImportResult imported, Collection<Path> written) {
        imported.problems().forEach(problem -> err.println(fileAndLine(problem)));
        int count = imported.questions().size();
        out.println("imported " + count + " question(s) as drafts into "
                + written.stream().map(Path::toString).collect(Collectors.joining(", "))
                + "; run ValidateBanks on the bank directory and fill in what it reports");
        out.println(imported.report().summary());
        if (count == 0) {
            err.println("Interchange: nothing was imported");
        }
        return count > 0 && imported.problems().isEmpty() ? Interchange.DONE : Interchange.PROBLEMS;
    }

    /** Importers know lines but not columns, so the column is left out rather than printed as a made-up 1. */
    private static String fileAndLine(Problem problem) {
        return problem.location().file() + ":" + problem.location().line() + ": " + problem.message();
    }

    private static Optional<Boolean> isGift(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gift") || name.endsWith(".txt")) {
            return Optional.of(true);
        }
        return name.endsWith(".xml") ? Optional.of(false) : Optional.empty();
    }

    /**
     * Every objective the drafts name is listed so that the module is well formed; those that came from this
     * bank's own export keep their id, and only their text needs writing.
     */
    static BankModule module(String moduleId, String title, List<Question> drafts) {
        List<Question> questions = drafts.stream().map(DraftImport::withObjective).toList();
        Set<String> objectiveIds = new LinkedHashSet<>();
        questions.forEach(question -> objectiveIds.add(question.objectiveId()));
        if (objectiveIds.isEmpty()) {
            objectiveIds.add(PLACEHOLDER_OBJECTIVE);
        }
        List<Objective> objectives = objectiveIds.stream().map(id -> new Objective(id, PLACEHOLDER_TEXT)).toList();
        return new BankModule(moduleId, title, Optional.empty(), objectives, questions);
    }

    private static Question withObjective(Question draft) {
        if (!draft.objectiveId().isEmpty()) {
            return draft;
        }
        return new Question(draft.id(), PLACEHOLDER_OBJECTIVE, draft.tags(), draft.difficulty(),
                draft.expectedSeconds(), draft.stem(), draft.answer(), draft.explanation(), draft.references());
    }
}
