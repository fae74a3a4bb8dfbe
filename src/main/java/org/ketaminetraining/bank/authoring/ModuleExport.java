package org.ketaminetraining.bank.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Question;

/**
 * The module an export writes: the file's own header (title, description, objectives) and order, with the
 * database's published questions in it. A question the file has keeps its place and takes the published content; a
 * question the database no longer publishes (retired) leaves the file; a question the file lacks (new in the web)
 * is added at the end, in the database's order. So exporting a module nobody changed writes the file it read.
 */
public final class ModuleExport {

    private ModuleExport() {
    }

    /**
     * @param file the module as its file holds it now, or empty when it has no file (then the database's header is
     *     written)
     * @param database the module as the database holds it: its header, and its published questions that are not
     *     retired, in the database's order
     */
    public static BankModule toWrite(Optional<BankModule> file, BankModule database) {
        if (file.isPresent() && !file.get().id().equals(database.id())) {
            throw new IllegalArgumentException("file of module '" + file.get().id() + "' exported as module '"
                    + database.id() + "'");
        }
        Map<String, Question> published = new LinkedHashMap<>();
        database.questions().forEach(question -> published.put(question.id(), question));
        List<Question> questions = new ArrayList<>();
        for (Question inFile : file.map(BankModule::questions).orElse(List.of())) {
            Question current = published.remove(inFile.id());
            if (current != null) {
                questions.add(current);
            }
        }
        questions.addAll(published.values());
        BankModule header = file.orElse(database);
        return new BankModule(header.id(), header.title(), header.description(),
                objectives(header.objectives(), database.objectives(), questions), questions);
    }

    /**
     * The header's objectives, and after them any objective a written question serves that the header lacks (an
     * objective only the database still knows), so the file stays valid.
     */
    private static List<Objective> objectives(List<Objective> header, List<Objective> database,
            List<Question> questions) {
        List<Objective> objectives = new ArrayList<>(header);
        for (Question question : questions) {
            boolean known = objectives.stream().anyMatch(o -> o.id().equals(question.objectiveId()));
            if (!known) {
                database.stream().filter(o -> o.id().equals(question.objectiveId())).findFirst()
                        .ifPresent(objectives::add);
            }
        }
        return objectives;
    }
}
