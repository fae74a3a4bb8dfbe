package org.ketaminetraining.study.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.study.store.LearnerProfile;

/** {@link StudyService} on JPA: one transaction per call, the work done by {@link StudyLedger}. */
@ApplicationScoped
public class JpaStudyService implements StudyService {

    private static final Logger LOG = Logger.getLogger(JpaStudyService.class.getName());

    private final LearnerContext.Factory contexts = new LearnerContext.Factory(DayBoundary.DEFAULT_ROLLOVER_HOUR);

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private BankCatalog catalog;
    @Inject
    private LearnerProfiles profiles;
    @Inject
    private Clock clock;
    @Inject
    private SecureRandom random;
    @Inject
    private jakarta.enterprise.inject.Instance<StudyPause> pauses;

    /** The ledger for a use case that may be the learner's first: it creates their profile when missing. */
    private StudyLedger ledgerCreatingProfile(long accountId) {
        if (em.find(LearnerProfile.class, accountId) != null) {
            return ledger();
        }
        try {
            profiles.ensure(accountId);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            if (!profiles.exists(accountId)) {
                throw e;
            }
            // Another request created the profile at the same moment; it exists now.
            LOG.log(Level.FINE, "learner profile created concurrently", e);
        }
        return ledger();
    }

    /** The ledger for a use case that needs a profile already (a presentation implies one). */
    private StudyLedger ledger() {
        return new StudyLedger(em, catalog, contexts, clock, random);
    }

    @Override
    @Transactional
    public boolean paused(long accountId) {
        return pauses.stream().anyMatch(pause -> pause.pauses(accountId));
    }

    @Override
    @Transactional
    public Optional<PresentedQuestion> currentQuestion(long accountId) {
        if (paused(accountId)) {
            return Optional.empty();
        }
        return ledgerCreatingProfile(accountId).currentQuestion(accountId);
    }

    @Override
    @Transactional
    public Optional<PresentedQuestion> presentation(long accountId, String presentationToken) {
        return ledger().presentation(accountId, presentationToken);
    }

    @Override
    @Transactional
    public AnswerOutcome submit(long accountId, AnswerSubmission submission) {
        if (paused(accountId)) {
            throw new StudyPausedException();
        }
        return ledger().submit(accountId, submission);
    }

    @Override
    @Transactional
    public Optional<AnswerOutcome> outcome(long accountId, String presentationToken) {
        return ledger().outcome(accountId, presentationToken);
    }

    @Override
    @Transactional
    public Dashboard dashboard(long accountId) {
        StudyLedger ledger = ledgerCreatingProfile(accountId);
        LearnerProfile profile = em.find(LearnerProfile.class, accountId);
        return new LearnerOverview(ledger, em).dashboard(ledger.learnerOf(profile),
                ledger.now());
    }

    @Override
    @Transactional
    public StudyOutlook outlook(long accountId) {
        StudyLedger ledger = ledgerCreatingProfile(accountId);
        return new LearnerOverview(ledger, em).outlook(ledger.learnerOf(em.find(LearnerProfile.class, accountId)),
                ledger.now());
    }

    @Override
    @Transactional
    public LearnerSettings settings(long accountId) {
        ledgerCreatingProfile(accountId);
        LearnerProfile profile = em.find(LearnerProfile.class, accountId);
        String programme = catalog.current(em).programme(profile.getProgrammeKey()).map(p -> p.id())
                .or(() -> catalog.current(em).programmes().stream().findFirst().map(p -> p.id()))
                .orElse(profile.getProgrammeKey());
        return new LearnerSettings(profile.getNewItemsPerDay(), ZoneId.of(profile.getTimeZone()),
                profile.isKeyboardShortcuts(), programme);
    }

    @Override
    @Transactional
    public List<ProgrammeChoice> programmes() {
        return catalog.current(em).programmes().stream().map(p -> new ProgrammeChoice(p.id(), p.title())).toList();
    }

    @Override
    @Transactional
    public void saveSettings(long accountId, LearnerSettings settings) {
        StudyLedger ledger = ledgerCreatingProfile(accountId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (settings.newItemsPerDay() < 0 || settings.newItemsPerDay() > LearnerSettings.MAX_NEW_ITEMS_PER_DAY) {
            problems.put("newItemsPerDay", "New items per day must be a whole number from 0 to "
                    + LearnerSettings.MAX_NEW_ITEMS_PER_DAY + ".");
        }
        if (catalog.current(em).programme(settings.programmeId()).isEmpty()) {
            problems.put("programmeId", "Choose one of the programmes listed.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LearnerProfile profile = ledger.lockProfile(accountId);
        boolean scheduleChanges = !profile.getTimeZone().equals(settings.timeZone().getId())
                || !profile.getProgrammeKey().equals(settings.programmeId());
        profile.update(settings.programmeId(), settings.newItemsPerDay(), settings.timeZone().getId(),
                settings.keyboardShortcuts());
        if (scheduleChanges) {
            em.flush();
            ledger.rebuildStates(accountId);
        }
    }

    @Override
    @Transactional
    public StudyHistory history(long accountId, int firstResult, int maxResults) {
        StudyLedger ledger = ledgerCreatingProfile(accountId);
        LearnerProfile profile = em.find(LearnerProfile.class, accountId);
        return new LearnerOverview(ledger, em).history(profile, ledger.learnerOf(profile),
                firstResult, maxResults);
    }

    /**
     * Replays these learners' logs under their settings and weights now and stores the states, in a transaction of its
     * own: one batch of a background rebuild after the programme's weights changed. Each learner's profile is locked
     * as their replay starts and stays locked until the batch commits, so a learner of the batch who answers meanwhile
     * waits for the batch (keep batches small); everyone else studies on.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rebuildStates(java.util.Collection<Long> accountIds) {
        StudyLedger ledger = ledger();
        for (long accountId : accountIds) {
            if (em.find(LearnerProfile.class, accountId) != null) {
                ledger.rebuildStates(accountId);
            }
        }
    }

    /** Every stored memory state of the learner (for checks that the cache equals a replay of the log). */
    @Transactional
    public Map<Long, CardState> storedStates(long accountId) {
        return ledger().storedStates(accountId);
    }

    /** Every memory state as a replay of the learner's review log gives it. */
    @Transactional
    public Map<Long, CardState> replayedStates(long accountId) {
        return ledger().replayedStates(accountId);
    }
}
