package org.ketaminetraining.bank.service.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.authoring.CheckContext;
import org.ketaminetraining.bank.authoring.DraftCheck;
import org.ketaminetraining.bank.authoring.DraftCheckResult;
import org.ketaminetraining.bank.authoring.DraftDocument;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.store.QuestionDraft;
import org.ketaminetraining.bank.store.StoredModule;

/**
 * What a draft is checked against and how it is shown: its module's header and objectives and the tag vocabulary
 * from the bank files (the browser edits questions, never modules or tags), and every id the bank already uses, from
 * the database (drafts of new questions included).
 */
@ApplicationScoped
public class DraftContext {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private BankFolderFiles files;

    /** Whether the bank has this module (imported and not retired). */
    public Optional<StoredModule> module(String moduleKey) {
        return em.createQuery("select m from StoredModule m where m.moduleKey = :key and m.retired = false",
                StoredModule.class).setParameter("key", moduleKey).getResultStream().findFirst();
    }

    /**
     * The module's header as its file holds it (title, description, objectives), without questions; if the file
     * cannot be read, the stored title and no objectives (then every objective is refused, and the check says so).
     */
    public BankModule header(String moduleKey) {
        Optional<BankModule> file = files.module(moduleKey).flatMap(BankFolderFiles.ModuleFile::module);
        if (file.isPresent()) {
            BankModule m = file.get();
            return new BankModule(m.id(), m.title(), m.description(), m.objectives(), List.of());
        }
        String title = module(moduleKey).map(StoredModule::getTitle).orElse(moduleKey);
        return new BankModule(moduleKey, title, Optional.empty(), List.of(), List.of());
    }

    /** The tag vocabulary of the bank files, each tag with the sentence that says when to use it. */
    public List<Choice> vocabulary() {
        return files.vocabulary().tags().stream().map(t -> new Choice(t.id(), t.description())).toList();
    }

    /** A module's objectives as its file holds them; refused for a module the bank does not have. */
    public List<Choice> objectives(String moduleKey) {
        if (module(moduleKey).isEmpty()) {
            throw new AuthoringRefusal("There is no module " + moduleKey + " in the bank.");
        }
        return header(moduleKey).objectives().stream().map(o -> new Choice(o.id(), o.text())).toList();
    }

    /** Every question id in the bank, drafts of new questions and retired questions included. */
    public Set<String> takenIds() {
        return new HashSet<>(em.createQuery("select q.questionKey from StoredQuestion q", String.class)
                .getResultList());
    }

    /** The module's question ids, whose numbering a new question's id continues. */
    public List<String> moduleIds(String moduleKey) {
        return em.createQuery("select q.questionKey from StoredQuestion q where q.moduleKey = :m", String.class)
                .setParameter("m", moduleKey).getResultList();
    }

    /**
     * The draft checked as the file import would check it, as the question {@code ownKey}. Of the bank's ids, the
     * check only asks whether the draft's own id belongs to another question, so only that one is looked up (one
     * indexed query rather than every id of a large bank at every save).
     */
    public DraftCheckResult check(DraftQuestion draft, String ownKey) {
        BankModule header = header(draft.moduleId());
        String id = draft.id().strip();
        boolean takenByAnother = !id.isEmpty() && !id.equals(ownKey) && em.createQuery(
                "select count(q) from StoredQuestion q where q.questionKey = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
        return DraftCheck.check(draft, new CheckContext(header.id(), header.title(), header.objectives(),
                files.vocabulary(), takenByAnother ? Set.of(id) : Set.of()));
    }

    /** A stored draft as its editor and reviewer see it. */
    public DraftView view(QuestionDraft draft) {
        DraftQuestion content = DraftDocument.read(draft.getContent());
        String key = draft.getQuestion().getQuestionKey();
        return new DraftView(key, content, draft.getStatus(), draft.getBaseRevision(), draft.getAuthors(),
                draft.getReturnComment().orElse(""), draft.getVersion(), draft.getUpdatedAt(), draft.getUpdatedBy(),
                check(content, key).problems());
    }

    /** The version of a published question's draft not stored yet: its first save creates it. */
    public static final long UNSAVED_DRAFT = 0;
    /**
     * The version of a new question's draft not stored yet: its first save creates the question, and is refused if
     * someone took the id meanwhile (rather than turning into a draft of their question).
     */
    public static final long UNSAVED_NEW_QUESTION = -1;

    /** A draft not stored yet, of a published question or (with {@link #UNSAVED_NEW_QUESTION}) a new one. */
    public DraftView unsaved(String questionKey, DraftQuestion content, int baseRevision, long version) {
        return new DraftView(questionKey, content, DraftStatus.DRAFT, baseRevision, List.of(), "", version, null,
                null, check(content, questionKey).problems());
    }
}
