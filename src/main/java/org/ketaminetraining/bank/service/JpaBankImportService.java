package org.ketaminetraining.bank.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.revision.RevisionPlan;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.QuestionRevision;
import org.ketaminetraining.bank.store.StoredModule;
import org.ketaminetraining.bank.store.StoredQuestion;
import org.ketaminetraining.bank.yaml.BankYamlWriter;
import org.ketaminetraining.platform.AppSettings;
import org.ketaminetraining.people.service.AuditTrail;

/** Imports the bank files into the database; see {@link BankImportService}. */
@ApplicationScoped
public class JpaBankImportService implements BankImportService {

    private static final Logger LOG = Logger.getLogger(JpaBankImportService.class.getName());

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AppSettings settings;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    @Override
    public Path questionsDirectory() {
        return settings.questionsDirectory();
    }

    @Override
    @Transactional
    public ImportSummary importNow(String actor) {
        return importFrom(questionsDirectory(), actor);
    }

    @Override
    @Transactional
    public ImportSummary importFrom(Path dir, String actor) {
        Instant started = clock.instant();
        // Parsing and validation happen before anything is written, so a bad file cannot leave half an import.
        BankLoadResult result = BankLoader.load(dir);
        BankImport record = new BankImport(started, actor, dir.toString(),
                result.isValid() ? BankImport.Outcome.APPLIED : BankImport.Outcome.REJECTED, result.fileCount(),
                result.questionCount());
        if (!result.isValid()) {
            List<String> problems = result.problems().stream().map(Object::toString).toList();
            record.recordProblems(problems.size(), String.join("\n", problems));
            em.persist(record);
            LOG.warning(() -> "Question bank in " + dir + " NOT imported: " + problems.size()
                    + " problem(s); the last good bank stays in use.\n" + String.join("\n", problems));
            audit.record(actor, "bank.import-rejected", dir.toString(), problems.size() + " problem(s)");
            return summary(record);
        }
        BankSnapshot bank = result.snapshot().orElseThrow();
        em.persist(record);
        apply(bank, record, started);
        record.recordCurriculum(BankYamlWriter.writeCurriculum(bank.curriculum()));
        LOG.info(() -> "Question bank imported from " + dir + ": " + record.getAdded() + " new, " + record.getRevised()
                + " revised, " + record.getRetired() + " retired, " + record.getUnchanged() + " unchanged");
        audit.record(actor, "bank.import", dir.toString(), record.getAdded() + " new, " + record.getRevised()
                + " revised, " + record.getRetired() + " retired, " + record.getUnchanged() + " unchanged");
        return summary(record);
    }

    private void apply(BankSnapshot bank, BankImport record, Instant now) {
        Map<String, StoredQuestion> stored = em.createQuery("select q from StoredQuestion q", StoredQuestion.class)
                .getResultStream().collect(Collectors.toMap(StoredQuestion::getQuestionKey, Function.identity()));
        Map<String, String> currentPrints = new HashMap<>();
        em.createQuery("select q.questionKey, r.fingerprint from QuestionRevision r join r.question q "
                        + "where r.revisionNumber = q.currentRevision", Object[].class)
                .getResultList().forEach(row -> currentPrints.put((String) row[0], (String) row[1]));
        Map<String, RevisionPlan.Stored> state = new HashMap<>();
        stored.forEach((key, q) -> state.put(key, new RevisionPlan.Stored(currentPrints.get(key), q.isRetired())));
        RevisionPlan plan = RevisionPlan.of(bank.fingerprints(), state);

        for (String key : plan.added()) {
            StoredQuestion question = new StoredQuestion(key, bank.moduleOf(key).orElseThrow().id(), now);
            em.persist(question);
            publish(bank, question, 1, record, now);
        }
        for (String key : plan.revised()) {
            StoredQuestion question = stored.get(key);
            publish(bank, question, question.getCurrentRevision() + 1, record, now);
        }
        for (String key : plan.reinstated()) {
            StoredQuestion question = stored.get(key);
            question.publish(question.getCurrentRevision(), bank.moduleOf(key).orElseThrow().id());
        }
        for (String key : plan.retired()) {
            stored.get(key).retire(now);
        }
        syncModules(bank);
        record.recordChanges(plan.added().size(), plan.revised().size() + plan.reinstated().size(),
                plan.retired().size(), plan.unchanged().size());
    }

    private void publish(BankSnapshot bank, StoredQuestion question, int revision, BankImport record, Instant now) {
        String key = question.getQuestionKey();
        BankModule module = bank.moduleOf(key).orElseThrow();
        Question content = bank.question(key).orElseThrow();
        em.persist(new QuestionRevision(question, revision, bank.fingerprint(key).orElseThrow(),
                content.type().name(), content.isSafetyCritical(), module.id(), QuestionDocument.write(module, content),
                record, now));
        question.publish(revision, module.id());
    }

    private void syncModules(BankSnapshot bank) {
        Map<String, StoredModule> modules = em.createQuery("select m from StoredModule m", StoredModule.class)
                .getResultStream().collect(Collectors.toMap(StoredModule::getModuleKey, Function.identity()));
        for (BankModule module : bank.modules()) {
            StoredModule stored = modules.remove(module.id());
            if (stored == null) {
                em.persist(new StoredModule(module.id(), module.title(), module.description().orElse(null)));
            } else {
                stored.update(module.title(), module.description().orElse(null));
            }
        }
        modules.values().forEach(StoredModule::retire);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportSummary> recent(int max) {
        return em.createQuery("select i from BankImport i order by i.startedAt desc, i.id desc", BankImport.class)
                .setMaxResults(max).getResultStream().map(JpaBankImportService::summary).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportSummary> lastApplied() {
        return em.createQuery("select i from BankImport i where i.outcome = :applied order by i.startedAt desc, "
                        + "i.id desc", BankImport.class)
                .setParameter("applied", BankImport.Outcome.APPLIED).setMaxResults(1)
                .getResultStream().findFirst().map(JpaBankImportService::summary);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleOverview> modules() {
        Map<String, long[]> counts = new HashMap<>();
        em.createQuery("select r.moduleKey, r.safetyCritical, count(r) from QuestionRevision r join r.question q "
                        + "where q.retired = false and r.revisionNumber = q.currentRevision "
                        + "group by r.moduleKey, r.safetyCritical", Object[].class)
                .getResultList().forEach(row -> {
                    long[] c = counts.computeIfAbsent((String) row[0], k -> new long[2]);
                    long n = ((Number) row[2]).longValue();
                    c[0] += n;
                    if (Boolean.TRUE.equals(row[1])) {
                        c[1] += n;
                    }
                });
        return em.createQuery("select m from StoredModule m where m.retired = false order by m.moduleKey",
                        StoredModule.class).getResultStream()
                .map(m -> {
                    long[] c = counts.getOrDefault(m.getModuleKey(), new long[2]);
                    return new ModuleOverview(m.getModuleKey(), m.getTitle(), c[0], c[1]);
                }).toList();
    }

    private static ImportSummary summary(BankImport i) {
        List<String> problems = i.getProblems() == null ? List.of() : Arrays.asList(i.getProblems().split("\n"));
        return new ImportSummary(i.getId() == null ? 0 : i.getId(), i.getStartedAt(), i.getActor(), i.getSource(),
                i.getOutcome() == BankImport.Outcome.APPLIED, i.getFiles(), i.getQuestions(), i.getAdded(),
                i.getRevised(), i.getRetired(), i.getUnchanged(), i.getProblemCount(), problems);
    }
}
