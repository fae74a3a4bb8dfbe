package org.ketaminetraining.bank.service.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.TagVocabulary;
import org.ketaminetraining.bank.service.BankFolderImport;
import org.ketaminetraining.bank.yaml.ModuleFileParser;
import org.ketaminetraining.bank.yaml.ParsedModuleFile;
import org.ketaminetraining.bank.yaml.SourceFile;
import org.ketaminetraining.bank.yaml.TagsFileParser;
import org.ketaminetraining.config.AppSettings;

/**
 * The parts of the bank only the files hold, which a draft is checked against and an export writes around: the tag
 * vocabulary ({@code tags.yaml}) and each module's header (title, description, objectives) and question order. The
 * folder is the one the bank was last imported from (where an export writes back), with the demo overlay's modules
 * in its {@code demo} folder in demo mode. A parsed file is kept until its size or modification time changes, so a
 * save does not parse a 500-question module again.
 */
@ApplicationScoped
public class BankFolderFiles {

    /** More files than any bank has modules: a bound for folders that come and go (tests' copies). */
    private static final int MAX_CACHED_FILES = 200;

    @Inject
    private BankFolderImport folders;
    @Inject
    private AppSettings settings;

    private final Map<Path, Cached<TagVocabulary>> vocabularies = new ConcurrentHashMap<>();
    private final Map<Path, Cached<ParsedModuleFile>> modules = new ConcurrentHashMap<>();

    /** A module's file: where it is, relative to the bank folder too, and what it holds if it parses. */
    public record ModuleFile(Path folder, Path file, String relativePath, Optional<BankModule> module) {
    }

    private record Cached<T>(FileTime modified, long size, T value) {
    }

    /** The folder the bank was last imported from. */
    public Path folder() {
        return folders.currentFolder();
    }

    /** The tag vocabulary; empty when tags.yaml is missing or broken (then no tag is accepted). */
    public TagVocabulary vocabulary() {
        Path file = folder().resolve(BankLoader.TAGS_FILE);
        return cached(vocabularies, file, source -> TagsFileParser.parse(source).vocabulary())
                .orElseGet(() -> new TagVocabulary(java.util.List.of()));
    }

    /** The module's file in the bank folder, or in the demo overlay in demo mode; empty if neither has it. */
    public Optional<ModuleFile> module(String moduleKey) {
        Path folder = folder();
        String name = moduleKey + BankLoader.MODULE_EXTENSION;
        Optional<Path> overlay = BankFolderImport.overlayFor(folder, settings.demoMode());
        Path main = folder.resolve(name);
        Path file = Files.isRegularFile(main) ? main
                : overlay.map(o -> o.resolve(name)).filter(Files::isRegularFile).orElse(null);
        if (file == null) {
            return Optional.empty();
        }
        Optional<BankModule> module = cached(modules, file,
                source -> ModuleFileParser.parse(source, moduleKey, Optional.empty()))
                .flatMap(ParsedModuleFile::module);
        return Optional.of(new ModuleFile(folder, file, folder.relativize(file).toString().replace('\\', '/'),
                module));
    }

    /** Forgets every parsed file: after an export rewrote some, or to bound memory. */
    public void forget() {
        vocabularies.clear();
        modules.clear();
    }

    private static <T> Optional<T> cached(Map<Path, Cached<T>> cache, Path file,
            java.util.function.Function<SourceFile, T> parse) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Cached<T> known = cache.get(file);
            if (known != null && known.modified().equals(modified) && known.size() == size) {
                return Optional.of(known.value());
            }
            T value = parse.apply(SourceFile.read(file, file.toString()));
            if (cache.size() >= MAX_CACHED_FILES) {
                cache.clear();
            }
            cache.put(file, new Cached<>(modified, size, value));
            return Optional.of(value);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
