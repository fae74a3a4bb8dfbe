package org.ketaminetraining.bank;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Curriculum;
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
 */
public final class BankLoader {
    public static final String TAGS_FILE = "tags.yaml";
    public static final String CURRICULUM_FILE = "curriculum.yaml";
    public static final String MODULE_EXTENSION = ".yaml";

    private final Path directory;
    private final List<Problem> problems = new ArrayList<>();
    private int fileCount;

    private BankLoader(Path directory) {
        this.directory = directory;
    }

    /** Reads and validates the whole directory; never throws for anything wrong with the files themselves. */
    public static BankLoadResult load(Path questionsDir) {
        return new BankLoader(questionsDir).load();
    }

    private BankLoadResult load() {
        if (!Files.isDirectory(directory)) {
            problems.add(new Problem(SourceLocation.wholeFile(directory.toString()), "not a directory"));
            return new BankLoadResult.Invalid(problems, 0, 0);
        }
        List<Path> files = yamlFiles();
        Optional<TagsFileParser.Result> tags = readTags();
        Optional<TagVocabulary> vocabulary = tags.map(TagsFileParser.Result::vocabulary);
        List<ParsedModuleFile> modules = readModules(files, vocabulary);
        Optional<Curriculum> curriculum = readCurriculum(modules);
        problems.addAll(DuplicateIdCheck.check("question id", ids(modules, ParsedModuleFile::questionIds)));
        problems.addAll(DuplicateIdCheck.check("objective id", ids(modules, ParsedModuleFile::objectiveIds)));
        int questionCount = modules.stream().mapToInt(m -> m.questionCount().orElse(0)).sum();
        if (!problems.isEmpty()) {
            return new BankLoadResult.Invalid(problems, fileCount, questionCount);
        }
        List<BankModule> valid = modules.stream().map(m -> m.module().orElseThrow()).toList();
        return new BankLoadResult.Valid(BankSnapshot.of(valid, vocabulary.orElseThrow(), curriculum.orElseThrow()),
                fileCount);
    }

    private List<Path> yamlFiles() {
        try (Stream<Path> entries = Files.list(directory)) {
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
            problems.add(new Problem(SourceLocation.wholeFile(directory.toString()), "cannot list: " + e));
            return List.of();
        }
    }

    /** Empty when tags.yaml is missing or unreadable; module tags are then not checked. */
    private Optional<TagsFileParser.Result> readTags() {
        Optional<SourceFile> file = readRequired(directory.resolve(TAGS_FILE), "the tag vocabulary");
        Optional<TagsFileParser.Result> result = file.map(TagsFileParser::parse);
        result.ifPresent(parsed -> problems.addAll(parsed.problems()));
        return result;
    }

    private List<ParsedModuleFile> readModules(List<Path> files, Optional<TagVocabulary> vocabulary) {
        List<SourceFile> sources = new ArrayList<>();
        List<String> moduleIds = new ArrayList<>();
        for (Path path : files) {
            String name = path.getFileName().toString();
            if (name.equals(TAGS_FILE) || name.equals(CURRICULUM_FILE)) {
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

    private Optional<Curriculum> readCurriculum(List<ParsedModuleFile> modules) {
        Map<String, OptionalInt> questionCounts = new LinkedHashMap<>();
        modules.forEach(m -> questionCounts.put(m.moduleId(), m.questionCount()));
        return readRequired(directory.resolve(CURRICULUM_FILE), "the programmes").flatMap(source -> {
            CurriculumFileParser.Result result = CurriculumFileParser.parse(source, questionCounts);
            problems.addAll(result.problems());
            return result.curriculum();
        });
    }

    private Optional<SourceFile> readRequired(Path path, String purpose) {
        if (!Files.isRegularFile(path)) {
            problems.add(new Problem(SourceLocation.wholeFile(label(path)),
                    "file is missing; every bank needs it for " + purpose));
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

    private String label(Path path) {
        return directory.resolve(path.getFileName()).toString();
    }

    private static List<LocatedId> ids(List<ParsedModuleFile> modules,
            java.util.function.Function<ParsedModuleFile, List<LocatedId>> ids) {
        return modules.stream().flatMap(m -> ids.apply(m).stream()).toList();
    }
}
