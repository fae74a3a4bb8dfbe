package org.ketaminetraining.bank;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Curriculum;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.TagVocabulary;
import org.ketaminetraining.bank.validation.DuplicateIdCheck;
import org.ketaminetraining.bank.validation.LocatedId;
import org.ketaminetraining.bank.validation.Problem;
import org.ketaminetraining.bank.validation.SourceLocation;
import org.ketaminetraining.bank.yaml.CurriculumFileParser;
import org.ketaminetraining.bank.yaml.ModuleFileParser;
import org.ketaminetraining.bank.yaml.ParsedModuleFile;
import org.ketaminetraining.bank.yaml.SourceFile;
import org.ketaminetraining.bank.yaml.TagsFileParser;

/**
 * Loads a question-bank directory ({@code questions/}): every {@code *.yaml} file in it (not in subdirectories) is
 * a module named after the file, except {@code tags.yaml} and {@code curriculum.yaml}. Problem locations use the
 * directory path as given, so {@code load(Path.of("questions"))} reports {@code questions/dosing.yaml:12:5: ...}.
 *
 * <p>An optional overlay directory (such as {@code questions/demo}) adds to the bank without being part of it: its
 * module files are read the same way, with the main {@code tags.yaml} (an overlay has none of its own), and its own
 * {@code curriculum.yaml}, which must carry the main curriculum's version, has its programmes appended after the
 * main ones. An overlay adds modules and programmes; it can never replace one, so a module or programme id that the
 * main bank already uses is a problem, as is any question or objective id used on both sides.
 */
public final class BankLoader {
    public static final String TAGS_FILE = "tags.yaml";
    public static final String CURRICULUM_FILE = "curriculum.yaml";
    public static final String MODULE_EXTENSION = ".yaml";

    private final Path directory;
    private final Optional<Path> overlay;
    private final List<Problem> problems = new ArrayList<>();
    private int fileCount;

    private BankLoader(Path directory, Optional<Path> overlay) {
        this.directory = directory;
        this.overlay = overlay;
    }

    /** Reads and validates the whole directory; never throws for anything wrong with the files themselves. */
    public static BankLoadResult load(Path questionsDir) {
        return load(questionsDir, Optional.empty());
    }

    /**
     * Reads and validates the directory and, when given, the overlay directory on top of it; never throws for
     * anything wrong with the files themselves.
     */
    public static BankLoadResult load(Path questionsDir, Optional<Path> overlayDir) {
        return new BankLoader(questionsDir, Objects.requireNonNull(overlayDir, "overlayDir")).load();
    }

    private BankLoadResult load() {
        if (!Files.isDirectory(directory) || overlay.filter(dir -> !Files.isDirectory(dir)).isPresent()) {
            Path missing = Files.isDirectory(directory) ? overlay.orElseThrow() : directory;
            problems.add(new Problem(SourceLocation.wholeFile(missing.toString()), "not a directory"));
            return new BankLoadResult.Invalid(problems, 0, 0);
        }
        Optional<TagsFileParser.Result> tags = readTags();
        Optional<TagVocabulary> vocabulary = tags.map(TagsFileParser.Result::vocabulary);
        List<ParsedModuleFile> modules = readModules(directory, vocabulary);
        Optional<CurriculumFileParser.Result> mainCurriculum = readCurriculum(directory, modules,
                "every bank needs it for the programmes");
        List<ParsedModuleFile> allModules = new ArrayList<>(modules);
        Optional<Curriculum> curriculum = mainCurriculum.flatMap(CurriculumFileParser.Result::curriculum);
        if (overlay.isPresent()) {
            List<ParsedModuleFile> added = readModules(overlay.get(), vocabulary);
            allModules.addAll(added);
            checkNoModuleReplaced(modules, added);
            Optional<CurriculumFileParser.Result> addedCurriculum = readCurriculum(overlay.get(), allModules,
                    "an overlay needs it for the programmes it adds");
            addedCurriculum.ifPresent(result -> checkOverlayCurriculum(mainCurriculum, result));
            curriculum = curriculum.flatMap(main -> addedCurriculum.flatMap(CurriculumFileParser.Result::curriculum)
                    .map(extra -> appended(main, extra)));
        }
        problems.addAll(DuplicateIdCheck.check("question id", ids(allModules, ParsedModuleFile::questionIds)));
        problems.addAll(DuplicateIdCheck.check("objective id", ids(allModules, ParsedModuleFile::objectiveIds)));
        int questionCount = allModules.stream().mapToInt(m -> m.questionCount().orElse(0)).sum();
        if (!problems.isEmpty()) {
            return new BankLoadResult.Invalid(problems, fileCount, questionCount);
        }
        List<BankModule> valid = allModules.stream().map(m -> m.module().orElseThrow()).toList();
        return new BankLoadResult.Valid(BankSnapshot.of(valid, vocabulary.orElseThrow(), curriculum.orElseThrow()),
                fileCount);
    }

    private List<Path> yamlFiles(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> files = entries.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(MODULE_EXTENSION)
                            || path.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
            files.stream().filter(path -> path.getFileName().toString().endsWith(".yml")).forEach(path -> {
                fileCount++;
                problems.add(new Problem(SourceLocation.wholeFile(label(path)),
                        "bank files must end in .yaml, not .yml; rename it so it is not silently skipped"));
            });
            return files.stream().filter(path -> path.getFileName().toString().endsWith(MODULE_EXTENSION)).toList();
        } catch (IOException e) {
            problems.add(new Problem(SourceLocation.wholeFile(dir.toString()), "cannot list: " + e));
            return List.of();
        }
    }

    /** Empty when tags.yaml is missing or unreadable; module tags are then not checked. */
    private Optional<TagsFileParser.Result> readTags() {
        Optional<SourceFile> file =
                readRequired(directory.resolve(TAGS_FILE), "every bank needs it for the tag vocabulary");
        Optional<TagsFileParser.Result> result = file.map(TagsFileParser::parse);
        result.ifPresent(parsed -> problems.addAll(parsed.problems()));
        return result;
    }

    private List<ParsedModuleFile> readModules(Path dir, Optional<TagVocabulary> vocabulary) {
        List<SourceFile> sources = new ArrayList<>();
        List<String> moduleIds = new ArrayList<>();
        for (Path path : yamlFiles(dir)) {
            String name = path.getFileName().toString();
            if (name.equals(CURRICULUM_FILE)) {
                continue;
            }
            if (name.equals(TAGS_FILE)) {
                if (!dir.equals(directory)) {
                    fileCount++;
                    problems.add(new Problem(SourceLocation.wholeFile(label(path)), "an overlay uses the tags of "
                            + directory.resolve(TAGS_FILE) + " and has no tags.yaml of its own; add any new tag there"
                            + " and remove this file"));
                }
                continue;
            }
            read(path).ifPresent(source -> {
                sources.add(source);
                moduleIds.add(name.substring(0, name.length() - MODULE_EXTENSION.length()));
            });
        }
        // Files parse independently, so a large bank uses every core; results keep the files' order.
        List<ParsedModuleFile> modules = java.util.stream.IntStream.range(0, sources.size()).parallel()
                .mapToObj(i -> ModuleFileParser.parse(sources.get(i), moduleIds.get(i), vocabulary))
                .toList();
        modules.forEach(parsed -> problems.addAll(parsed.problems()));
        return modules;
    }

    /**
     * @param modules the modules the programmes may require, with their question counts
     * @param whyNeeded the end of the message when the file is missing
     */
    private Optional<CurriculumFileParser.Result> readCurriculum(Path dir, List<ParsedModuleFile> modules,
            String whyNeeded) {
        Map<String, OptionalInt> questionCounts = new LinkedHashMap<>();
        modules.forEach(m -> questionCounts.put(m.moduleId(), m.questionCount()));
        return readRequired(dir.resolve(CURRICULUM_FILE), whyNeeded).map(source -> {
            CurriculumFileParser.Result result = CurriculumFileParser.parse(source, questionCounts);
            problems.addAll(result.problems());
            return result;
        });
    }

    /** An overlay module whose id the main bank already uses would replace that module; the overlay is at fault. */
    private void checkNoModuleReplaced(List<ParsedModuleFile> main, List<ParsedModuleFile> added) {
        Map<String, ParsedModuleFile> mainById = new LinkedHashMap<>();
        main.forEach(m -> mainById.put(m.moduleId(), m));
        for (ParsedModuleFile module : added) {
            ParsedModuleFile existing = mainById.get(module.moduleId());
            if (existing != null) {
                problems.add(new Problem(module.moduleIdLocation(), "module '" + module.moduleId()
                        + "' is already a module of the main bank (" + existing.moduleIdLocation()
                        + "); an overlay adds modules and cannot replace one, so give this one an id of its own"));
            }
        }
    }

    /** The overlay's curriculum extends the main one: same version, programme ids of its own. */
    private void checkOverlayCurriculum(Optional<CurriculumFileParser.Result> main,
            CurriculumFileParser.Result added) {
        Optional<LocatedId> mainVersion = main.flatMap(CurriculumFileParser.Result::version);
        if (mainVersion.isPresent() && added.version().isPresent()
                && !mainVersion.get().id().equals(added.version().get().id())) {
            problems.add(new Problem(added.version().get().location(), "version '" + added.version().get().id()
                    + "' differs from the main curriculum's '" + mainVersion.get().id() + "' ("
                    + mainVersion.get().location() + "); an overlay extends that curriculum and carries its version"));
        }
        Map<String, LocatedId> mainIds = new LinkedHashMap<>();
        main.map(CurriculumFileParser.Result::programmeIds).orElse(List.of())
                .forEach(id -> mainIds.putIfAbsent(id.id(), id));
        for (LocatedId id : added.programmeIds()) {
            LocatedId existing = mainIds.get(id.id());
            if (existing != null) {
                problems.add(new Problem(id.location(), "programme id '" + id.id()
                        + "' is already used by the main curriculum at " + existing.location()
                        + "; an overlay adds programmes and cannot replace one"));
            }
        }
    }

    private static Curriculum appended(Curriculum main, Curriculum extra) {
        List<Programme> programmes = new ArrayList<>(main.programmes());
        programmes.addAll(extra.programmes());
        return new Curriculum(main.version(), programmes);
    }

    private Optional<SourceFile> readRequired(Path path, String whyNeeded) {
        if (!Files.isRegularFile(path)) {
            problems.add(new Problem(SourceLocation.wholeFile(label(path)), "file is missing; " + whyNeeded));
            return Optional.empty();
        }
        return read(path);
    }

    private Optional<SourceFile> read(Path path) {
        fileCount++;
        try {
            return Optional.of(SourceFile.read(path, label(path)));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(SourceLocation.wholeFile(label(path)),
                    "file is not UTF-8 text; save it as UTF-8"));
        } catch (IOException e) {
            problems.add(new Problem(SourceLocation.wholeFile(label(path)), "cannot read the file: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** A file's path as the caller wrote its directory, for example {@code questions/demo/curriculum.yaml}. */
    private static String label(Path path) {
        return path.toString();
    }

    private static List<LocatedId> ids(List<ParsedModuleFile> modules,
            java.util.function.Function<ParsedModuleFile, List<LocatedId>> ids) {
        return modules.stream().flatMap(m -> ids.apply(m).stream()).toList();
    }
}
