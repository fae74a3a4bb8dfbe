package org.ketaminetraining.study.service;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.grading.Confidence;
import org.ketaminetraining.scheduling.queue.StudyItem;
import org.ketaminetraining.study.DueForecast;
import org.ketaminetraining.study.LearningEvidence;
import org.ketaminetraining.study.PredictedRecall;
import org.ketaminetraining.study.ReviewsDue;
import org.ketaminetraining.study.StudyStreak;
import org.ketaminetraining.study.service.BankCatalog.PublishedItem;
import org.ketaminetraining.study.store.LearnerProfile;
import org.ketaminetraining.study.store.ReviewLogEntry;

/**
 * The read-only study use cases: the dashboard, the outlook (its figures at the top, which the study page also
 * reads) and the history. The figures are computed here from the log and the
 * cached states by the pure rules in {@code org.ketaminetraining.study}; this class only gathers the rows.
 */
final class LearnerOverview {

    private static final int FORECAST_DAYS = 7;
    private static final int EXCERPT_LENGTH = 120;

    private final StudyLedger ledger;
    private final EntityManager em;

    LearnerOverview(StudyLedger ledger, EntityManager em) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.em = Objects.requireNonNull(em, "em");
    }

    Dashboard dashboard(LearnerContext learner, Instant now) {
        Map<Long, CardState> states = ledger.reader().states(learner.accountId());
        List<ReviewsDue.StudiedItem> studied = studied(learner, states);
        StudyOutlook outlook = outlook(learner, now, states, studied);
        Map<Long, List<LearningEvidence.Answer>> answers = answersByQuestion(learner);
        int spacing = learner.programme().map(Programme::minimumSpacingDays)
                .orElse(Programme.DEFAULT_MINIMUM_SPACING_DAYS);

        Map<String, List<PublishedItem>> byModule = new LinkedHashMap<>();
        learner.programme().ifPresent(p -> p.requiredModules().forEach(m -> byModule.put(m, new ArrayList<>())));
        learner.items().forEach(item -> byModule.computeIfAbsent(item.moduleKey(), m -> new ArrayList<>()).add(item));
        List<Dashboard.ModuleProgress> modules = new ArrayList<>();
        int complete = 0;
        int items = 0;
        int learnedItems = 0;
        for (Map.Entry<String, List<PublishedItem>> module : byModule.entrySet()) {
            List<PredictedRecall.StudiedItem> recall = new ArrayList<>();
            int learned = 0;
            for (PublishedItem item : module.getValue()) {
                CardState state = states.getOrDefault(item.questionId(), CardState.NEW);
                List<LearningEvidence.Answer> given = answers.getOrDefault(item.questionId(), List.of());
                if (state.isNew() || given.isEmpty()) {
                    continue;
                }
                recall.add(new PredictedRecall.StudiedItem(state, given.get(given.size() - 1).correct()));
                if (LearningEvidence.isLearned(given, spacing)) {
                    learned++;
                }
            }
            int size = module.getValue().size();
            modules.add(new Dashboard.ModuleProgress(module.getKey(),
                    learner.snapshot().moduleTitle(module.getKey()), size, recall.size(), learned,
                    PredictedRecall.ofModule(recall, size, learner.scheduler(), now)));
            items += size;
            learnedItems += learned;
            if (size > 0 && learned == size) {
                complete++;
            }
        }
        List<Dashboard.DayForecast> forecast = DueForecast.byDay(ReviewsDue.offeredAt(studied, now),
                learner.boundary(), now, FORECAST_DAYS)
                .stream().map(day -> new Dashboard.DayForecast(day.day(), day.due())).toList();
        List<LocalDate> studyDays = answers.values().stream().flatMap(List::stream)
                .map(LearningEvidence.Answer::studyDay).distinct().toList();
        LocalDate today = learner.boundary().studyDay(now);
        return new Dashboard(learner.programme().map(Programme::title).orElse(""),
                today, outlook, StudyStreak.daysInARow(studyDays, today), modules, forecast,
                new Dashboard.CertificationProgress(byModule.size(), complete, items, learnedItems));
    }

    /**
     * What is waiting for the learner now and next in their current programme: the dashboard's figures at the top
     * and the study page's explanation when nothing is left to ask.
     */
    StudyOutlook outlook(LearnerContext learner, Instant now) {
        Map<Long, CardState> states = ledger.reader().states(learner.accountId());
        return outlook(learner, now, states, studied(learner, states));
    }

    private StudyOutlook outlook(LearnerContext learner, Instant now, Map<Long, CardState> states,
            List<ReviewsDue.StudiedItem> studied) {
        StudyQueueReader.Today today = ledger.reader().today(learner, now);
        int notStarted = StudyQueueReader.notStarted(ledger.reader().studyItems(learner, states));
        return new StudyOutlook(ReviewsDue.at(studied, learner.boundary(), now),
                today.newQuestions(learner, notStarted), ReviewsDue.next(studied, now), today.window().until(), now,
                learner.boundary().zone());
    }

    /** The programme's studied items, each marked when it is brought forward. */
    private List<ReviewsDue.StudiedItem> studied(LearnerContext learner, Map<Long, CardState> states) {
        Set<String> forward = ledger.reader().broughtForward(learner, states);
        List<ReviewsDue.StudiedItem> studied = new ArrayList<>();
        for (StudyItem item : ledger.reader().studyItems(learner, states)) {
            if (!item.state().isNew()) {
                studied.add(new ReviewsDue.StudiedItem(item.state(), forward.contains(item.itemId())));
            }
        }
        return studied;
    }

    /**
     * Each question's answers with their study day in the learner's current zone, oldest first. Days come from the
     * instants, not from the stored study_day: after a time-zone change the stored days of two zones would mix.
     */
    private Map<Long, List<LearningEvidence.Answer>> answersByQuestion(LearnerContext learner) {
        Map<Long, List<LearningEvidence.Answer>> answers = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.questionId, r.answeredAt, r.correct FROM ReviewLogEntry r "
                + "WHERE r.accountId = :account ORDER BY r.answeredAt, r.id", Object[].class)
                .setParameter("account", learner.accountId()).getResultList()) {
            answers.computeIfAbsent((Long) row[0], q -> new ArrayList<>()).add(new LearningEvidence.Answer(
                    learner.boundary().studyDay((Instant) row[1]), (Boolean) row[2]));
        }
        return answers;
    }

    StudyHistory history(LearnerProfile profile, LearnerContext learner, int firstResult, int maxResults) {
        long accountId = profile.getAccountId();
        List<ReviewLogEntry> page = em.createQuery("SELECT r FROM ReviewLogEntry r WHERE r.accountId = :account "
                + "ORDER BY r.answeredAt DESC, r.id DESC", ReviewLogEntry.class).setParameter("account", accountId)
                .setFirstResult(Math.max(0, firstResult)).setMaxResults(Math.max(1, maxResults)).getResultList();
        Map<Long, BankCatalog.RevisionContent> contents = ledger.catalog().revisions(em,
                page.stream().map(ReviewLogEntry::getRevisionId).distinct().toList());
        List<StudyHistory.PastReview> reviews = page.stream().map(entry -> {
            BankCatalog.RevisionContent revision = contents.get(entry.getRevisionId());
            return new StudyHistory.PastReview(entry.getAnsweredAt(), revision.questionKey(),
                    revision.revisionNumber(), learner.snapshot().moduleTitle(revision.moduleKey()),
                    excerpt(revision.question().stem()), entry.isCorrect(), Rating.valueOf(entry.getRating()),
                    Confidence.valueOf(entry.getConfidence()), Duration.ofMillis(entry.getResponseMillis()));
        }).toList();
        long total = em.createQuery("SELECT COUNT(r) FROM ReviewLogEntry r WHERE r.accountId = :account",
                Long.class).setParameter("account", accountId).getSingleResult();
        Map<String, int[]> perModule = new LinkedHashMap<>();
        learner.programme().ifPresent(p -> p.requiredModules().forEach(m -> perModule.put(m, null)));
        for (Object[] row : em.createQuery("SELECT q.moduleKey, r.correct, COUNT(r) FROM ReviewLogEntry r, "
                + "QuestionRevision q WHERE q.id = r.revisionId AND r.accountId = :account "
                + "GROUP BY q.moduleKey, r.correct", Object[].class)
                .setParameter("account", accountId).getResultList()) {
            int[] counts = perModule.get((String) row[0]);
            if (counts == null) {
                counts = new int[2];
                perModule.put((String) row[0], counts);
            }
            int count = ((Number) row[2]).intValue();
            counts[0] += count;
            counts[1] += Boolean.TRUE.equals(row[1]) ? count : 0;
        }
        List<StudyHistory.ModuleAccuracy> accuracy = new ArrayList<>();
        perModule.forEach((module, counts) -> {
            if (counts != null) {
                accuracy.add(new StudyHistory.ModuleAccuracy(module, learner.snapshot().moduleTitle(module),
                        counts[0], counts[1]));
            }
        });
        return new StudyHistory(reviews, total, accuracy);
    }

    /** The stem's first words as plain text: Markdown marks dropped, whitespace collapsed. */
    static String excerpt(String markdown) {
        String plain = markdown.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\(https?://[^)]*\\)", "")
                .replaceAll("\\s+", " ").strip();
        return plain.length() <= EXCERPT_LENGTH ? plain : plain.substring(0, EXCERPT_LENGTH - 1).strip() + "…";
    }
}
