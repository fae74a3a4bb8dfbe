package org.ketaminetraining.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.TrueFalse;
import org.ketaminetraining.bank.model.TrueFalseResponse;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.certification.store.AttemptItem;
import org.ketaminetraining.insight.simulation.SimulatedAnswer;
import org.ketaminetraining.insight.simulation.SimulatedAttempt;
import org.ketaminetraining.insight.simulation.SimulatedItem;
import org.ketaminetraining.insight.simulation.SimulatedOrganisation;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.queue.QueueEntry;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.scheduling.policy.RetentionPolicy;
import org.ketaminetraining.scheduling.policy.RetentionTargets;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;
import org.ketaminetraining.study.ResponseCodec;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.store.Presentation;
import org.ketaminetraining.study.store.ReviewLogEntry;

/**
 * Demo mode only: a few hundred simulated learners' histories in the main programme (answers in study and one final
 * attempt each), so that item analysis, calibration and "Fit scheduling parameters" show something on a fresh
 * machine. The learners are disabled accounts named "Simulated learner NNN (demo data)" in their own department,
 * "Simulated learners (demo data)", so nobody can sign in as one and no manager mistakes them for staff. Seeded once
 * per database; each learner in a transaction of its own.
 */
@ApplicationScoped
public class SimulatedHistorySeeder {

    private static final Logger LOG = Logger.getLogger(SimulatedHistorySeeder.class.getName());
    public static final String DEPARTMENT = "simulated-learners";
    private static final double RETENTION = 0.9;
    private static final long SEED = 2026_12_07L;
    /**
     * Items each simulated learner studies: about 100 answers each over five months (learning steps and lapses
     * included), so 2,000 learners (the size item analysis is measured at) make about 200,000 reviews; with 200 (the
     * default) every item still has over 20 reviews.
     */
    private static final int ITEMS_PER_LEARNER = 7;
    /** Learners stored per transaction. */
    private static final int BATCH = 10;

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AccountStore store;
    @Inject
    private BankCatalog catalog;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private SimulatedHistorySeeder self;

    /**
     * What the simulation needs, read once: the programme, its simulated items and their stored ids. Public, as the
     * transactional {@link #store}'s parameter: Weld does not intercept a method whose signature names a type it
     * cannot see from its proxy (measured: the transaction silently did not start).
     */
    public record Plan(String programmeId, String curriculumVersion, List<SimulatedItem> items,
            List<BankCatalog.PublishedItem> published) {
    }

    /** Seeds {@code learners} simulated histories, unless they were seeded before or there is no bank. */
    public void seed(int learners) {
        if (learners <= 0) {
            return;
        }
        Optional<Plan> plan = self.plan();
        if (plan.isEmpty()) {
            return;
        }
        Instant end = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.DEFAULT, SchedulerPolicy.defaults(ZoneOffset.UTC)
                .withRetention(RetentionPolicy.uniform(RetentionTargets.uniform(RETENTION))));
        SimulatedOrganisation organisation = new SimulatedOrganisation(plan.get().items(), scheduler,
                new SimulatedOrganisation.Settings(ITEMS_PER_LEARNER, 5, 150, 3, 3, 0.8, SEED));
        long started = System.nanoTime();
        int answers = 0;
        List<SimulatedOrganisation.Learner> batch = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            SimulatedOrganisation.Learner learner = organisation.learner(i, end);
            answers += learner.answers().size();
            batch.add(learner);
            if (batch.size() == BATCH || i == learners - 1) {
                self.store(plan.get(), batch);
                batch.clear();
            }
        }
        int total = answers;
        LOG.info(() -> String.format(Locale.ROOT, "Demo mode: %d simulated learners with %,d answers seeded in %d ms",
                learners, total, (System.nanoTime() - started) / 1_000_000));
    }

    /** The main programme's choice and true/false items, or empty when seeded before or there is none. */
    @Transactional
    public Optional<Plan> plan() {
        if (store.departmentByCode(DEPARTMENT).isPresent()) {
            return Optional.empty();
        }
        BankCatalog.Snapshot bank = catalog.current(em);
        Optional<Programme> main = bank.programmes().stream()
                .filter(p -> !p.id().equals(DemoSeeder.DEMO_PROGRAMME))
                .max(Comparator.comparingInt(p -> bank.itemsOf(p).size()));
        if (main.isEmpty() || bank.curriculum().isEmpty()) {
            return Optional.empty();
        }
        List<SimulatedItem> items = new ArrayList<>();
        List<BankCatalog.PublishedItem> published = new ArrayList<>();
        int singleAnswerItems = 0;
        for (BankCatalog.PublishedItem item : bank.itemsOf(main.get())) {
            Question question = catalog.revision(em, item.revisionId()).question();
            int options = question.answer().choiceOptions().size();
            boolean trueFalse = question.answer() instanceof TrueFalse;
            if (options == 0 && !trueFalse) {
                continue;
            }
            Set<Integer> key = IntStream.range(0, options).filter(i -> question.answer().choiceOptions().get(i)
                    .correct()).boxed().collect(Collectors.toSet());
            // A few deliberate defects, at fixed places among the single-answer choice items (whose answer categories
            // show a distractor beating the key), for the demo's "needs checking" list to find.
            boolean singleAnswer = options > 1 && key.size() == 1;
            int n = singleAnswer ? singleAnswerItems++ : -1;
            SimulatedItem.Flaw flaw = n == 4 ? SimulatedItem.Flaw.MISCONCEPTION
                    : n == 11 ? SimulatedItem.Flaw.REVERSED : n == 17 ? SimulatedItem.Flaw.TOO_EASY
                            : SimulatedItem.Flaw.NONE;
            items.add(new SimulatedItem(item.questionKey(), item.moduleKey(), options, key,
                    trueFalse && ((TrueFalse) question.answer()).answer(), difficulty(question), flaw));
            published.add(item);
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Department department = new Department(DEPARTMENT, "Simulated learners (demo data)", clock.instant());
        em.persist(department);
        // The audit trail names the deliberately flawed items, so whoever explores the demo can check the flags.
        audit.record("system", "demo.simulated-histories", main.get().id(), items.size() + " items; flawed: "
                + items.stream().filter(i -> i.flaw() != SimulatedItem.Flaw.NONE)
                        .map(i -> i.flaw().name().toLowerCase(Locale.ROOT) + "=" + i.key())
                        .collect(Collectors.joining(", ")));
        return Optional.of(new Plan(main.get().id(), bank.curriculum().get().version(), items, published));
    }

    private static double difficulty(Question question) {
        return question.difficulty().map(d -> d == Difficulty.EASY ? -1.8 : d == Difficulty.MEDIUM ? -0.8 : 0.2)
                .orElse(-0.8) + (question.id().hashCode() % 7) / 10.0;
    }

    /** A few learners in one transaction: a commit per learner made seeding take a minute. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(Plan plan, List<SimulatedOrganisation.Learner> learners) {
        Department department = store.departmentByCode(DEPARTMENT).orElseThrow();
        learners.forEach(learner -> store(plan, learner, department));
    }

    /** One learner: their account, answers in study (with the presentations they answer) and final attempts. */
    private void store(Plan plan, SimulatedOrganisation.Learner learner, Department department) {
        String number = String.format(Locale.ROOT, "%03d", learner.index() + 1);
        Account account = new Account("simulated-learner-" + number, "Simulated learner " + number + " (demo data)",
                null, clock.instant());
        account.setRoles(List.of(Role.TRAINEE));
        account.setDepartments(List.of(department));
        account.setEnabled(false);
        em.persist(account);
        em.flush();
        long accountId = account.getId();
        DayBoundary boundary = DayBoundary.of(ZoneOffset.UTC);
        int presentation = 0;
        for (SimulatedAnswer answer : learner.answers()) {
            BankCatalog.PublishedItem item = plan.published().get(answer.item());
            Presentation shown = new Presentation("sim-" + accountId + "-" + presentation++, accountId,
                    item.questionId(), item.revisionId(),
                    (answer.firstReview() ? QueueEntry.Reason.NEW : QueueEntry.Reason.REVIEW_DUE).name(),
                    answer.presentedAt());
            shown.markAnswered();
            // Table-generated ids are assigned on persist, so the log row can name the presentation without a flush.
            em.persist(shown);
            em.persist(new ReviewLogEntry(new ReviewLogEntry.Facts(shown.getId(), accountId, item.questionId(),
                    item.revisionId(), answer.presentedAt(), answer.answeredAt(), boundary.studyDay(
                            answer.answeredAt()),
                    answer.responseMillis(), stored(plan.items().get(answer.item()),
                            answer.chosen()),
                    answer.highConfidence() ? "HIGH" : "MEDIUM",
                    answer.correct(), answer.rating().name(), !answer.correct() && answer.highConfidence(),
                    answer.firstReview(), answer.after().due(), plan.programmeId(), RETENTION)));
        }
        int n = 0;
        for (SimulatedAttempt attempt : learner.attempts()) {
            storeAttempt(plan, accountId, attempt, n++);
        }
    }

    private void storeAttempt(Plan plan, long accountId, SimulatedAttempt simulated, int n) {
        AssessmentAttempt attempt =
                new AssessmentAttempt("sim-attempt-" + accountId + "-" + n, accountId, plan.programmeId(),
                        AssessmentAttempt.Kind.FINAL, plan.curriculumVersion(), 0.8, true, simulated.startedAt(),
                        Optional.of(60), simulated.answers().size());
        em.persist(attempt);
        int position = 0;
        for (SimulatedAttempt.Answer answer : simulated.answers()) {
            BankCatalog.PublishedItem item = plan.published().get(answer.item());
            AttemptItem row = new AttemptItem(attempt.getId(), position++, item.questionId(), item.revisionId(),
                    item.moduleKey(), item.safetyCritical());
            row.saveResponse(stored(plan.items().get(answer.item()), answer.chosen()), simulated.submittedAt());
            row.grade(answer.correct());
            em.persist(row);
        }
        double share = (double) simulated.correctCount() / Math.max(1, simulated.answers().size());
        attempt.recordResult(simulated.submittedAt(), simulated.correctCount(), share >= 0.8);
    }

    /** The answer in the stored form every answer has ({@link ResponseCodec}). */
    private static String stored(SimulatedItem item, List<Integer> chosen) {
        return ResponseCodec.encode(item.choice() ? new ChoiceResponse(Set.copyOf(chosen))
                : new TrueFalseResponse(chosen.get(0) == 1));
    }
}
