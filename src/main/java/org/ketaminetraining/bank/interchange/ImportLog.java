package org.ketaminetraining.bank.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.validation.Problem;

/**
 * Collects what an importer reads, one question at a time, so that both formats report the same way: a question is
 * either imported (perhaps with notes, which make it "imported with changes") or refused with its reason, and
 * every note carries the line it belongs to.
 */
public final class ImportLog {
    private final String file;
    private final List<Question> questions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> categories = new LinkedHashMap<>();
    private final Map<String, String> moduleIds = new LinkedHashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final ImportedIds ids = new ImportedIds();
    private int refused;

    public ImportLog(String file) {
        this.file = file;
    }

    /** A problem with the file itself rather than with one question (unreadable XML, a stray comment). */
    public void problem(int line, String message) {
        problems.add(Problem.at(file, Math.max(1, line), 1, message));
    }

    /** A question that is not imported; {@code what} names it ("question 'Dose'"). */
    public void refuse(int line, String what, String reason) {
        refused++;
        problem(line, what + ": not imported: " + reason);
    }

    /**
     * Adds an imported question under an id made unique in this file from {@code wantedId}; each note becomes an
     * entry at its line and marks the question as imported with changes.
     *
     * @return the id the question was given
     */
    public String imported(String wantedId, java.util.function.Function<String, Question> build, String what,
            List<Note> notes, Optional<String> category) {
        String id = ids.idFor(wantedId);
        questions.add(build.apply(id));
        for (Note note : notes) {
            problem(note.line(), what + ": " + note.message());
        }
        if (!notes.isEmpty()) {
            changed.add(id);
        }
        category.ifPresent(filedUnder -> categories.put(id, filedUnder));
        return id;
    }

    /** Records that a Moodle category holds the questions of a bank module. */
    public void moduleOf(String category, String moduleId) {
        moduleIds.put(category, moduleId);
    }

    public ImportResult result() {
        return new ImportResult(file, questions, problems, categories, moduleIds, changed, refused);
    }

    /** One thing dropped or changed from a question that is still imported, at the line where it was written. */
    public record Note(int line, String message) {
    }
}
