package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.scheduling.Scheduler;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;
import org.ketaminetraining.study.service.ActiveParameters;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.LearnerContext;

/**
 * What every certification use case needs to put a learner through the rules: the time now (to the millisecond the
 * database keeps), the current bank, the learner's facts and a {@link StandingEvaluator} with the memory model.
 * Reads only; the services decide what, if anything, to write.
 */
@ApplicationScoped
public class Evaluations {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private BankCatalog catalog;
    @Inject
    private AppSettings settings;
    @Inject
    private Clock clock;

    /** Day boundaries of learners' zones, made once per zone for the life of the application. */
    private final LearnerContext.Factory contexts = new LearnerContext.Factory(DayBoundary.DEFAULT_ROLLOVER_HOUR);
    /** Recall models by weight version: a version's weights never change, and a model is costly to make. */
    private final java.util.Map<String, Scheduler> recallModels = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The model that predicts recall in a programme: its weights in use now (a fitted set, or the defaults), the
     * weights the learners' memory states were computed with. Predicted recall needs only the weights, not a
     * learner's day boundary or retention. Public so that other readings of recall (the compliance heatmap) predict
     * with the very model certification decides with.
     */
    public Scheduler recallModel(String programmeId) {
        return recallModel(ActiveParameters.read(em).of(programmeId));
    }

    private Scheduler recallModel(FsrsParameters parameters) {
        return recallModels.computeIfAbsent(parameters.version(),
                version -> new FsrsScheduler(parameters, SchedulerPolicy.defaults(settings.zone())));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Today in the organisation's zone (KT_TIME_ZONE): certificate dates are the organisation's. */
    LocalDate today() {
        return now().atZone(settings.zone()).toLocalDate();
    }

    BankCatalog.Snapshot bank() {
        return catalog.current(em);
    }

    StandingEvaluator evaluator(BankCatalog.Snapshot bank, Instant now) {
        ActiveParameters active = ActiveParameters.read(em);
        return new StandingEvaluator(bank, programme -> recallModel(active.of(programme)), now, settings.zone(),
                contexts::boundary);
    }

    LearnerFacts facts(long accountId) {
        return LearnerFacts.load(em, accountId, settings.zone());
    }

    /** The learner in one programme now. */
    StandingEvaluator.Evaluation evaluation(long accountId, String programmeId, Instant now) {
        BankCatalog.Snapshot bank = bank();
        Programme programme = bank.programme(programmeId)
                .orElseThrow(() -> new IllegalArgumentException("There is no programme " + programmeId + "."));
        return evaluator(bank, now).evaluate(programme, facts(accountId));
    }

    /** The completion report over the current bank, as of now. */
    CompletionReporter reporter(org.ketaminetraining.people.service.AccountStore accounts) {
        BankCatalog.Snapshot bank = bank();
        return new CompletionReporter(em, accounts, evaluator(bank, now()), bank, settings.zone());
    }
}
