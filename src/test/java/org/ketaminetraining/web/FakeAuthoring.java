package org.ketaminetraining.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.authoring.CheckContext;
import org.ketaminetraining.bank.authoring.DraftBounds;
import org.ketaminetraining.bank.authoring.DraftCheck;
import org.ketaminetraining.bank.authoring.DraftConversion;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.authoring.FieldProblem;
import org.ketaminetraining.bank.authoring.QuestionIdSuggestion;
import org.ketaminetraining.bank.authoring.ReviewDecision;
import org.ketaminetraining.bank.authoring.ReviewRules;
import org.ketaminetraining.bank.authoring.RevisionDiff;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.service.authoring.AuthorModule;
import org.ketaminetraining.bank.service.authoring.AuthoringRefusal;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.bank.service.authoring.BulkTagOutcome;
import org.ketaminetraining.bank.service.authoring.Choice;
import org.ketaminetraining.bank.service.authoring.DraftView;
import org.ketaminetraining.bank.service.authoring.ExportOutcome;
import org.ketaminetraining.bank.service.authoring.ExportPlan;
import org.ketaminetraining.bank.service.authoring.QuestionDetail;
import org.ketaminetraining.bank.service.authoring.QuestionPage;
import org.ketaminetraining.bank.service.authoring.QuestionQuery;
import org.ketaminetraining.bank.service.authoring.RevisionComparison;
import org.ketaminetraining.bank.service.authoring.RevisionSummary;
import org.ketaminetraining.bank.service.authoring.Usage;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * The authoring service in memory, over the shipped bank (every question published as revision 1), following the
 * contract with the real pure rules: {@link DraftCheck} for problems (so pages show the import's own messages at
 * their fields), {@link ReviewRules} for the four-eyes workflow, {@link RevisionDiff} for comparisons. Every method
 * checks the role first, as the real service does. Drafts not saved yet are not stored; a save stores them.
 */
public class FakeAuthoring implements AuthoringService {

    public static final Instant NOW = FakeStudy.NOW;
    private static BankSnapshot shipped;

    /** One question: its published revisions (revision n at index n - 1), its open draft, its standing. */
    public static final class Entry {
        final String key;
        final String module;
        final List<DraftQuestion> revisions = new ArrayList<>();
        final List<RevisionSummary> summaries = new ArrayList<>();
        boolean retired;
        boolean pendingExport;
        Draft draft;
        Instant lastChanged = NOW;

        Entry(String key, String module) {
            this.key = key;
            this.module = module;
        }

        public Optional<Draft> draft() {
            return Optional.ofNullable(draft);
        }

        public int published() {
            return revisions.size();
        }

        public DraftQuestion current() {
            return revisions.isEmpty() ? draft.content : revisions.get(revisions.size() - 1);
        }
    }

    /** An open draft as stored. */
    public static final class Draft {
        DraftQuestion content;
        DraftStatus status = DraftStatus.DRAFT;
        int base;
        final List<String> authors = new ArrayList<>();
        String returnComment = "";
        long version;
        String updatedBy = "";

        public DraftStatus status() {
            return status;
        }

        public List<String> authors() {
            return authors;
        }

        public DraftQuestion content() {
            return content;
        }
    }

    private final BankSnapshot bank;
    public final Map<String, Entry> entries = new LinkedHashMap<>();
    /** The export calls, in order: the files each wrote. */
    public final List<List<String>> exports = new ArrayList<>();

    public FakeAuthoring() {
        bank = shippedBank();
        for (BankModule module : bank.modules()) {
            for (Question question : module.questions()) {
                Entry entry = new Entry(question.id(), module.id());
                entry.revisions.add(DraftConversion.fromQuestion(module.id(), question));
                entry.summaries.add(new RevisionSummary(1, NOW.minusSeconds(86_400), "file import 1", "system", "",
                        ""));
                entries.put(entry.key, entry);
            }
        }
    }

    private static synchronized BankSnapshot shippedBank() {
        if (shipped == null) {
            BankLoadResult loaded = BankLoader.load(Path.of("questions"));
            shipped = loaded.snapshot().orElseThrow(() -> new IllegalStateException(loaded.problems().toString()));
        }
        return shipped;
    }

    public Entry entry(String key) {
        return Optional.ofNullable(entries.get(key)).orElseThrow(() -> new AuthoringRefusal("There is no question "
                + key + "."));
    }

    /** The first published question of a type, for tests that need one. */
    public Entry firstOf(QuestionType type) {
        return entries.values().stream().filter(e -> e.current().type() == type).findFirst().orElseThrow();
    }

    /** Puts a draft in place as if {@code author} had saved it (and, when asked, submitted it). */
    public Draft draft(String key, DraftQuestion content, String author, DraftStatus status) {
        Entry entry = entry(key);
        Draft draft = new Draft();
        draft.content = content;
        draft.base = entry.published();
        draft.authors.add(author);
        draft.updatedBy = author;
        draft.status = status;
        draft.version = 1;
        entry.draft = draft;
        return draft;
    }

    private static SignedInUser educator(SignedInUser caller) {
        return FakeAccess.require(caller, Role.EDUCATOR, Role.ADMIN);
    }

    @Override
    public List<AuthorModule> modules(SignedInUser caller) {
        educator(caller);
        return bank.modules().stream().map(m -> {
            List<Entry> of = entries.values().stream().filter(e -> e.module.equals(m.id())).toList();
            return new AuthorModule(m.id(), m.title(), of.stream().filter(e -> e.published() > 0 && !e.retired)
                    .count(), of.stream().filter(e -> status(e) == DraftStatus.DRAFT).count(),
                    of.stream().filter(e -> status(e) == DraftStatus.IN_REVIEW).count(),
                    of.stream().filter(e -> e.retired).count());
        }).toList();
    }

    static DraftStatus status(Entry e) {
        return e.draft == null ? null : e.draft.status;
    }

    @Override
    public QuestionPage questions(SignedInUser caller, QuestionQuery query) {
        educator(caller);
        return FakeQuestionList.page(entries.values(), query);
    }

    @Override
    public QuestionDetail question(SignedInUser caller, String questionKey) {
        educator(caller);
        Entry e = entry(questionKey);
        String title = bank.module(e.module).map(BankModule::title).orElse(e.module);
        List<Usage> usedIn = List.of(new Usage(Usage.Kind.PROGRAMME, "ketamine-safety", "Ketamine safety", ""),
                new Usage(Usage.Kind.ASSESSMENT, "ketamine-safety", "Ketamine safety",
                        "3 of 24 items from this module"));
        return new QuestionDetail(e.key, e.module, title, e.current().type(), e.published(), e.retired,
                Optional.ofNullable(e.draft).map(d -> view(e, d)), e.summaries, usedIn, 12, 3, e.pendingExport);
    }

    @Override
    public DraftQuestion revisionContent(SignedInUser caller, String questionKey, int revision) {
        educator(caller);
        Entry e = entry(questionKey);
        if (revision < 1 || revision > e.published()) {
            throw new AuthoringRefusal("Question " + questionKey + " has no revision " + revision + ".");
        }
        return e.revisions.get(revision - 1);
    }

    @Override
    public List<Choice> tagVocabulary(SignedInUser caller) {
        educator(caller);
        return bank.tags().tags().stream().map(t -> new Choice(t.id(), t.description())).toList();
    }

    @Override
    public List<Choice> objectives(SignedInUser caller, String moduleKey) {
        educator(caller);
        return bank.module(moduleKey).orElseThrow(() -> new AuthoringRefusal("There is no module " + moduleKey))
                .objectives().stream().map(o -> new Choice(o.id(), o.text())).toList();
    }

    @Override
    public DraftView openDraft(SignedInUser caller, String questionKey) {
        educator(caller);
        Entry e = entry(questionKey);
        if (e.draft != null) {
            return view(e, e.draft);
        }
        DraftQuestion content = e.current();
        return new DraftView(e.key, content, DraftStatus.DRAFT, e.published(), List.of(), "", 0, null, "",
                problems(content));
    }

    @Override
    public DraftView newQuestion(SignedInUser caller, String moduleKey, QuestionType type) {
        educator(caller);
        bank.module(moduleKey).orElseThrow(() -> new AuthoringRefusal("There is no module " + moduleKey));
        String id = nextId(moduleKey);
        DraftQuestion blank = DraftQuestion.blank(id, moduleKey, type);
        return new DraftView(id, blank, DraftStatus.DRAFT, 0, List.of(), "", 0, null, "", problems(blank));
    }

    @Override
    public DraftView copyAsNew(SignedInUser caller, String questionKey) {
        educator(caller);
        Entry e = entry(questionKey);
        String id = nextId(e.module);
        DraftQuestion c = e.current();
        DraftQuestion copy = new DraftQuestion(id, c.moduleId(), c.type(), c.objectiveId(), c.tags(), c.difficulty(),
                c.expectedSeconds(), c.stem(), c.options(), c.trueFalseAnswer(), c.feedbackTrue(), c.feedbackFalse(),
                c.numericAnswer(), c.tolerance(), c.unit(), c.orderingItems(), c.pairs(), c.accepted(),
                c.explanation(), c.references());
        return new DraftView(id, copy, DraftStatus.DRAFT, 0, List.of(), "", 0, null, "", problems(copy));
    }

    private String nextId(String module) {
        return QuestionIdSuggestion.next(module, entries.values().stream().filter(e -> e.module.equals(module))
                .map(e -> e.key).toList(), entries.keySet());
    }

    @Override
    public DraftView save(SignedInUser caller, String questionKey, DraftQuestion content, long expectedVersion) {
        educator(caller);
        Entry e = entries.computeIfAbsent(questionKey, key -> new Entry(key, content.moduleId()));
        Draft draft = e.draft;
        allowed(ReviewRules.maySave(Optional.ofNullable(draft).map(d -> d.status)));
        long stored = draft == null ? 0 : draft.version;
        if (stored != expectedVersion) {
            throw new AuthoringRefusal("This draft was changed by " + draft.updatedBy + " since you opened it; "
                    + "open it again to see their changes.");
        }
        List<FieldProblem> bounds = DraftBounds.check(content);
        if (!bounds.isEmpty()) {
            if (draft == null && e.published() == 0) {
                entries.remove(questionKey);
            }
            throw new AuthoringRefusal("Nothing was saved: some fields are too long.", bounds);
        }
        if (draft == null) {
            draft = new Draft();
            draft.base = e.published();
            e.draft = draft;
        }
        draft.content = content;
        draft.version++;
        draft.updatedBy = caller.username();
        if (!draft.authors.contains(caller.username())) {
            draft.authors.add(caller.username());
        }
        e.lastChanged = NOW;
        return view(e, draft);
    }

    @Override
    public List<FieldProblem> check(SignedInUser caller, DraftQuestion content) {
        educator(caller);
        return problems(content);
    }

    @Override
    public DraftView submitForReview(SignedInUser caller, String questionKey, long expectedVersion) {
        educator(caller);
        Entry e = entry(questionKey);
        List<FieldProblem> problems = e.draft == null ? List.of() : problems(e.draft.content);
        ReviewDecision decision = ReviewRules.maySubmit(Optional.ofNullable(status(e)), problems);
        if (decision.refused()) {
            throw new AuthoringRefusal(decision.reason(), problems);
        }
        current(e, expectedVersion).status = DraftStatus.IN_REVIEW;
        e.draft.version++;
        return view(e, e.draft);
    }

    @Override
    public QuestionDetail approve(SignedInUser caller, String questionKey, String comment, long expectedVersion) {
        educator(caller);
        Entry e = entry(questionKey);
        List<String> authors = e.draft == null ? List.of() : e.draft.authors;
        allowed(ReviewRules.mayApprove(Optional.ofNullable(status(e)), caller.username(), authors, comment));
        Draft draft = current(e, expectedVersion);
        e.revisions.add(draft.content);
        e.summaries.add(new RevisionSummary(e.revisions.size(), NOW, "web review", caller.username(),
                String.join(", ", draft.authors), comment == null ? "" : comment));
        e.draft = null;
        e.pendingExport = true;
        return question(caller, questionKey);
    }

    @Override
    public DraftView returnToAuthor(SignedInUser caller, String questionKey, String comment, long expectedVersion) {
        educator(caller);
        Entry e = entry(questionKey);
        List<String> authors = e.draft == null ? List.of() : e.draft.authors;
        allowed(ReviewRules.mayReturn(Optional.ofNullable(status(e)), caller.username(), authors, comment));
        Draft draft = current(e, expectedVersion);
        draft.status = DraftStatus.DRAFT;
        draft.returnComment = comment;
        draft.version++;
        return view(e, draft);
    }

    @Override
    public void discardDraft(SignedInUser caller, String questionKey) {
        educator(caller);
        Entry e = entry(questionKey);
        allowed(ReviewRules.mayDiscard(Optional.ofNullable(status(e))));
        e.draft = null;
        if (e.published() == 0) {
            entries.remove(questionKey);
        }
    }

    @Override
    public QuestionDetail retire(SignedInUser caller, String questionKey) {
        educator(caller);
        Entry e = entry(questionKey);
        allowed(ReviewRules.mayRetire(e.published() > 0, e.retired));
        e.retired = true;
        e.pendingExport = true;
        return question(caller, questionKey);
    }

    @Override
    public QuestionDetail reinstate(SignedInUser caller, String questionKey) {
        educator(caller);
        Entry e = entry(questionKey);
        allowed(ReviewRules.mayReinstate(e.retired));
        e.retired = false;
        e.pendingExport = true;
        return question(caller, questionKey);
    }

    @Override
    public RevisionComparison compare(SignedInUser caller, String questionKey, int leftRevision, int rightRevision) {
        educator(caller);
        Entry e = entry(questionKey);
        return new RevisionComparison(questionKey, leftRevision, rightRevision,
                RevisionDiff.between(content(e, leftRevision), content(e, rightRevision)));
    }

    private DraftQuestion content(Entry e, int revision) {
        if (revision == 0) {
            if (e.draft == null) {
                throw new AuthoringRefusal("Question " + e.key + " has no open draft.");
            }
            return e.draft.content;
        }
        if (revision > e.published()) {
            throw new AuthoringRefusal("Question " + e.key + " has no revision " + revision + ".");
        }
        return e.revisions.get(revision - 1);
    }

    @Override
    public BulkTagOutcome changeTag(SignedInUser caller, List<String> questionKeys, String tag, boolean add) {
        SignedInUser who = educator(caller);
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String key : questionKeys) {
            Entry e = entry(key);
            if (status(e) == DraftStatus.IN_REVIEW) {
                refused.add(key + ": its draft is in review");
            } else if (e.published() == 0 || e.current().tags().contains(tag) == add) {
                unchanged.add(key);
            } else {
                e.revisions.add(withTag(e.current(), tag, add));
                e.summaries.add(new RevisionSummary(e.published(), NOW, "tag change", who.username(), "", ""));
                if (e.draft != null) {
                    e.draft.content = withTag(e.draft.content, tag, add);
                }
                e.pendingExport = true;
                changed.add(key);
            }
        }
        return new BulkTagOutcome(changed, unchanged, refused);
    }

    static DraftQuestion withTag(DraftQuestion c, String tag, boolean add) {
        Set<String> tags = new LinkedHashSet<>(c.tags());
        if (add) {
            tags.add(tag);
        } else {
            tags.remove(tag);
        }
        return new DraftQuestion(c.id(), c.moduleId(), c.type(), c.objectiveId(), List.copyOf(tags), c.difficulty(),
                c.expectedSeconds(), c.stem(), c.options(), c.trueFalseAnswer(), c.feedbackTrue(), c.feedbackFalse(),
                c.numericAnswer(), c.tolerance(), c.unit(), c.orderingItems(), c.pairs(), c.accepted(),
                c.explanation(), c.references());
    }

    @Override
    public ExportPlan pendingExport(SignedInUser caller) {
        educator(caller);
        List<Entry> pending = entries.values().stream().filter(e -> e.pendingExport).toList();
        return new ExportPlan(pending.stream().map(e -> e.module).distinct().toList(),
                pending.stream().map(e -> e.key).toList());
    }

    @Override
    public ExportOutcome exportChanges(SignedInUser caller) {
        List<String> files = pendingExport(caller).modules().stream().map(m -> m + ".yaml").toList();
        entries.values().forEach(e -> e.pendingExport = false);
        exports.add(files);
        return new ExportOutcome(files, 0);
    }

    private DraftView view(Entry e, Draft d) {
        return new DraftView(e.key, d.content, d.status, d.base, d.authors, d.returnComment, d.version, NOW,
                d.updatedBy, problems(d.content));
    }

    private static void allowed(ReviewDecision decision) {
        if (decision.refused()) {
            throw new AuthoringRefusal(decision.reason());
        }
    }

    private static Draft current(Entry e, long expectedVersion) {
        if (e.draft.version != expectedVersion) {
            throw new AuthoringRefusal("This draft was changed by " + e.draft.updatedBy + " since you opened it.");
        }
        return e.draft;
    }

    private List<FieldProblem> problems(DraftQuestion content) {
        Optional<BankModule> known = bank.module(content.moduleId());
        if (known.isEmpty()) {
            // As the real service says of a draft whose module the bank no longer has.
            return List.of(new FieldProblem("moduleId", "Choose one of the bank's modules."));
        }
        BankModule module = known.get();
        Set<String> taken = new HashSet<>(entries.keySet());
        taken.remove(content.id());
        return DraftCheck.check(content, new CheckContext(module.id(), module.title(), module.objectives(),
                bank.tags(), taken)).problems();
    }
}
