package org.ketaminetraining.bank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.bank.fingerprint.ContentFingerprint;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Curriculum;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.TagVocabulary;

/**
 * A whole, valid bank at one moment: modules (sorted by id) with their questions, the tag vocabulary, the
 * curriculum, and the content fingerprint of every question. Immutable; only {@link BankLoader} makes one from
 * files, but tests and the web editor may assemble one with {@link #of}.
 */
public final class BankSnapshot {
    private final List<BankModule> modules;
    private final TagVocabulary tags;
    private final Curriculum curriculum;
    private final Map<String, Question> questionsById;
    private final Map<String, BankModule> moduleByQuestionId;
    private final Map<String, String> fingerprints;

    /** From this many questions on, fingerprints are computed in parallel. */
    private static final int PARALLEL_FROM = 500;

    private BankSnapshot(List<BankModule> modules, TagVocabulary tags, Curriculum curriculum) {
        this.modules = List.copyOf(modules);
        this.tags = tags;
        this.curriculum = curriculum;
        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, BankModule> owners = new LinkedHashMap<>();
        Map<String, String> prints = new LinkedHashMap<>();
        for (BankModule module : this.modules) {
            for (Question question : module.questions()) {
                if (questions.putIfAbsent(question.id(), question) != null) {
                    throw new IllegalArgumentException("question id used twice: " + question.id());
                }
                owners.put(question.id(), module);
            }
        }
        // A SHA-256 over each question's canonical form: the one costly step here, and independent per question,
        // so a large bank spreads it over every core (the list keeps the bank's order); a small one (an editor's
        // snapshot, a test's) is not worth the hand-over.
        var hashing = questions.size() >= PARALLEL_FROM ? questions.values().parallelStream()
                : questions.values().stream();
        List<String> computed = hashing.map(ContentFingerprint::of).toList();
        int index = 0;
        for (String id : questions.keySet()) {
            prints.put(id, computed.get(index++));
        }
        this.questionsById = Collections.unmodifiableMap(questions);
        this.moduleByQuestionId = Collections.unmodifiableMap(owners);
        this.fingerprints = Collections.unmodifiableMap(prints);
    }

    /** @throws IllegalArgumentException if two questions share an id */
    public static BankSnapshot of(List<BankModule> modules, TagVocabulary tags, Curriculum curriculum) {
        List<BankModule> sorted = new ArrayList<>(modules);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        return new BankSnapshot(sorted, tags, curriculum);
    }

    public List<BankModule> modules() {
        return modules;
    }

    public Optional<BankModule> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    /** All questions, module by module in module-id order, each module's in file order. */
    public List<Question> questions() {
        return List.copyOf(questionsById.values());
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questionsById.get(questionId));
    }

    public Optional<BankModule> moduleOf(String questionId) {
        return Optional.ofNullable(moduleByQuestionId.get(questionId));
    }

    public TagVocabulary tags() {
        return tags;
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    /** Question id to content fingerprint (see {@link ContentFingerprint}). */
    public Map<String, String> fingerprints() {
        return fingerprints;
    }

    public Optional<String> fingerprint(String questionId) {
        return Optional.ofNullable(fingerprints.get(questionId));
    }
}
