package org.ketaminetraining.bank.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Question;

/**
 * Groups imported questions into modules, one per Moodle category, so that a bank exported to Moodle and read back
 * has the modules it had: the category's module id where the file names it (our exports do), else a kebab-case id
 * made from the category's last part; the title is that last part. Objectives are those the questions name
 * (carried as {@code objective:} tags); their text is not in Moodle, so it is a placeholder to fill in.
 */
public final class ImportedModules {
    /** The objective text of an objective that came only as an id. */
    public static final String OBJECTIVE_TEXT_TO_WRITE = "TODO: state the learning objective";

    private ImportedModules() {
    }

    /**
     * @param fallbackModuleId the module for questions filed under no category
     */
    public static List<BankModule> group(ImportResult imported, String fallbackModuleId) {
        Map<String, List<Question>> byCategory = new LinkedHashMap<>();
        for (Question question : imported.questions()) {
            byCategory.computeIfAbsent(imported.categories().getOrDefault(question.id(), ""), c -> new ArrayList<>())
                    .add(question);
        }
        ImportedIds moduleIds = new ImportedIds();
        List<BankModule> modules = new ArrayList<>();
        byCategory.forEach((category, questions) -> {
            String title = category.isEmpty() ? fallbackModuleId : lastPart(category);
            String id = moduleIds.idFor(Optional.ofNullable(imported.moduleIds().get(category))
                    .orElse(category.isEmpty() ? fallbackModuleId : title));
            Set<String> objectiveIds = new LinkedHashSet<>();
            questions.stream().map(Question::objectiveId).filter(o -> !o.isEmpty()).forEach(objectiveIds::add);
            List<Objective> objectives = objectiveIds.stream().map(o -> new Objective(o, OBJECTIVE_TEXT_TO_WRITE))
                    .toList();
            modules.add(new BankModule(id, title, Optional.empty(), objectives, questions));
        });
        return modules;
    }

    /** Moodle writes a "/" inside a category name as "//", so only a single "/" separates parts. */
    static String lastPart(String category) {
        String[] parts = category.split("(?<!/)/(?!/)");
        return parts[parts.length - 1].replace("//", "/").strip();
    }
}
