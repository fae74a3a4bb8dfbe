package org.ketaminetraining.bank.service.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ketaminetraining.bank.authoring.DraftConversion;
import org.ketaminetraining.bank.authoring.DraftDocument;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.RevisionDiff;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.Curriculum;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.QuestionDraft;
import org.ketaminetraining.bank.store.QuestionRevision;
import org.ketaminetraining.bank.store.StoredModule;
import org.ketaminetraining.bank.store.StoredQuestion;
import org.ketaminetraining.bank.yaml.CurriculumFileParser;
import org.ketaminetraining.bank.yaml.SourceFile;

/**
 * What the authoring pages read, inside the caller's transaction, writing nothing: the modules with their counts,
 * a page of the list ({@link QuestionList}), a question's standing (revisions, where it is used, how often it was
 * studied and assessed) and the comparison of two revisions.
 */
@ApplicationScoped
public class QuestionReader {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private DraftContext context;
    @Inject
    private WebPublication bank;
    @Inject
    private Refusals refusals;

    public List<AuthorModule> modules() {
        Map<String, long[]> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT q.module_key, "
                + "SUM(CASE WHEN q.current_revision > 0 AND q.retired = FALSE THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN d.status = 'DRAFT' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN d.status = 'IN_REVIEW' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN q.retired = TRUE THEN 1 ELSE 0 END) "
                + "FROM bank_question q LEFT JOIN question_draft d ON d.question_id = q.id GROUP BY q.module_key")
                .getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], new long[]{number(r[1]), number(r[2]), number(r[3]), number(r[4])});
        }
        return em.createQuery("select m from StoredModule m where m.retired = false order by m.moduleKey",
                StoredModule.class).getResultStream().map(m -> {
                    long[] c = counts.getOrDefault(m.getModuleKey(), new long[4]);
                    return new AuthorModule(m.getModuleKey(), m.getTitle(), c[0], c[1], c[2], c[3]);
                }).toList();
    }

    public QuestionPage page(QuestionQuery query) {
        return new QuestionList(em).page(query);
    }

    public QuestionDetail detail(String questionKey) {
        StoredQuestion question = refusals.question(questionKey);
        Optional<DraftView> draft = bank.draftOf(question).map(context::view);
        String moduleKey = question.getModuleKey();
        String title = context.module(moduleKey).map(StoredModule::getTitle).orElse(moduleKey);
        List<RevisionSummary> revisions = em.createQuery("select r from QuestionRevision r join fetch r.bankImport "
                + "where r.question = :q order by r.revisionNumber desc", QuestionRevision.class)
                .setParameter("q", question).getResultStream().map(QuestionReader::summary).toList();
        QuestionType type = question.getQuestionType() == null ? null
                : QuestionType.valueOf(question.getQuestionType());
        return new QuestionDetail(questionKey, moduleKey, title, type, question.getCurrentRevision(),
                question.isRetired(), draft, revisions, usage(moduleKey), count("review_log", question),
                count("attempt_item", question), question.isPendingExport());
    }

    private static RevisionSummary summary(QuestionRevision r) {
        BankImport source = r.getBankImport();
        boolean web = source.getKind() == BankImport.Kind.WEB;
        return new RevisionSummary(r.getRevisionNumber(), r.getCreatedAt(),
                web ? "web review" : "file import " + source.getId(),
                r.getApprovedBy().orElse(source.getActor()), String.join(", ", r.getAuthors()),
                r.getReviewComment().orElse(""));
    }

    /** Study reviews or assessment items that named any revision of the question (both indexed by question). */
    private long count(String table, StoredQuestion question) {
        return number(em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE question_id = ?1")
                .setParameter(1, question.getId()).getSingleResult());
    }

    /** The programmes of the curriculum in use that require the module, and their assessments that draw from it. */
    private List<Usage> usage(String moduleKey) {
        Optional<String> yaml = em.createQuery("select i.curriculum from BankImport i where i.outcome = :applied "
                + "order by i.startedAt desc, i.id desc", String.class)
                .setParameter("applied", BankImport.Outcome.APPLIED)
                .setMaxResults(1).getResultStream().findFirst();
        if (yaml.isEmpty() || yaml.get() == null) {
            return List.of();
        }
        // Counts are not checked here (the import did): every stored module is known, its size left open.
        Map<String, OptionalInt> modules = new LinkedHashMap<>();
        em.createQuery("select m.moduleKey from StoredModule m", String.class).getResultList()
                .forEach(m -> modules.put(m, OptionalInt.empty()));
        Optional<Curriculum> curriculum = CurriculumFileParser.parse(new SourceFile("curriculum in use", yaml.get()),
                modules).curriculum();
        List<Usage> usage = new ArrayList<>();
        for (Programme programme : curriculum.map(Curriculum::programmes).orElse(List.of())) {
            int index = programme.requiredModules().indexOf(moduleKey);
            if (index < 0) {
                continue;
            }
            usage.add(new Usage(Usage.Kind.PROGRAMME, programme.id(), programme.title(), "required module "
                    + (index + 1) + " of " + programme.requiredModules().size()));
            usage.add(new Usage(Usage.Kind.ASSESSMENT, programme.id(), programme.title(),
                    "final assessment: " + draws(programme.assessment(), index, programme.requiredModules().size())));
            programme.renewalAssessment().ifPresent(renewal -> usage.add(new Usage(Usage.Kind.ASSESSMENT,
                    programme.id(), programme.title(), "renewal assessment: "
                            + draws(renewal, index, programme.requiredModules().size()))));
        }
        return usage;
    }

    private static String draws(AssessmentBlueprint blueprint, int index, int modules) {
        int here = blueprint.itemsFor(index, modules);
        if (blueprint.itemsPerModule().isPresent()) {
            return here + (here == 1 ? " item" : " items") + " from this module (items_per_module "
                    + blueprint.itemsPerModule().getAsInt() + ")";
        }
        return here + " of " + blueprint.totalItems().getAsInt() + " items from this module";
    }

    /** Revision 0 is the open draft. */
    public RevisionComparison compare(String questionKey, int left, int right) {
        StoredQuestion question = refusals.question(questionKey);
        return new RevisionComparison(questionKey, left, right, RevisionDiff.between(side(question, left),
                side(question, right)));
    }

    /** A published revision's content, to show it as trainees see it (the open draft has its own view). */
    public DraftQuestion revisionContent(String questionKey, int number) {
        StoredQuestion question = refusals.question(questionKey);
        if (number < 1) {
            throw new AuthoringRefusal("Question " + questionKey + " has no revision " + number + ".");
        }
        return side(question, number);
    }

    private DraftQuestion side(StoredQuestion question, int number) {
        if (number == 0) {
            QuestionDraft draft = bank.draftOf(question).orElseThrow(() -> new AuthoringRefusal("Question "
                    + question.getQuestionKey() + " has no open draft to compare."));
            return DraftDocument.read(draft.getContent());
        }
        QuestionRevision revision = bank.revision(question, number).orElseThrow(() -> new AuthoringRefusal(
                "Question " + question.getQuestionKey() + " has no revision " + number + "."));
        return DraftConversion.fromQuestion(revision.getModuleKey(), bank.contentOf(revision).questions().get(0));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
