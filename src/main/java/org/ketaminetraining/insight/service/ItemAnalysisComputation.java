package org.ketaminetraining.insight.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.insight.items.AnalysisSettings;
import org.ketaminetraining.insight.items.FlagThresholds;
import org.ketaminetraining.insight.items.ItemAnalysis;
import org.ketaminetraining.insight.items.ItemAnalysisReport;
import org.ketaminetraining.insight.items.ItemFlags;
import org.ketaminetraining.insight.items.ItemKeyInfo;
import org.ketaminetraining.insight.items.ItemResponse;
import org.ketaminetraining.insight.items.ItemStatistics;
import org.ketaminetraining.insight.items.LoggedReview;
import org.ketaminetraining.insight.items.ScoredAttempt;
import org.ketaminetraining.insight.items.SrsItemMetrics;
import org.ketaminetraining.insight.items.SrsMetrics;
import org.ketaminetraining.insight.trend.MonthlyAccuracy;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.grading.Confidence;
import org.ketaminetraining.study.service.BankCatalog;

/**
 * Reads what item analysis needs, as columns (a large organisation has 10^5 answers and attempt items), and hands it
 * to the pure analysis: attempts and their items in the order shown, each answer decoded into its categories; the
 * review log with elapsed days on each learner's own study days.
 */
final class ItemAnalysisComputation {

    /** What one computation gives: the table, and each item's accuracy by month for its page. */
    record Result(ItemAnalysisView view, Map<String, List<MonthlyAccuracy.Month>> studyAccuracy,
            Map<String, List<MonthlyAccuracy.Month>> assessmentAccuracy) {
    }

    private final EntityManager em;
    private final BankCatalog catalog;
    private final BankCatalog.Snapshot bank;
    private final Programme programme;
    private final FsrsParameters parameters;
    private final AnalysisSettings settings;
    private final ZoneId zone;

    ItemAnalysisComputation(EntityManager em, BankCatalog catalog, BankCatalog.Snapshot bank, Programme programme,
            FsrsParameters parameters, int minimumResponses, ZoneId zone) {
        this.em = em;
        this.catalog = catalog;
        this.bank = bank;
        this.programme = programme;
        this.parameters = parameters;
        this.settings = new AnalysisSettings(minimumResponses);
        this.zone = zone;
    }

    Result compute(boolean allAttempts, Instant now) {
        List<BankCatalog.PublishedItem> items = bank.itemsOf(programme);
        Map<Long, BankCatalog.PublishedItem> byQuestion = new HashMap<>();
        items.forEach(item -> byQuestion.put(item.questionId(), item));
        Map<String, ItemKeyInfo> keys = new LinkedHashMap<>();
        Map<Long, BankCatalog.RevisionContent> current = catalog.revisions(em,
                items.stream().map(BankCatalog.PublishedItem::revisionId).toList());
        for (BankCatalog.PublishedItem item : items) {
            keys.put(item.questionKey(), AnswerCategories.keyOf(item.questionKey(),
                    current.get(item.revisionId()).question()));
        }
        List<ScoredAttempt> attempts = attempts(allAttempts, byQuestion);
        ItemAnalysisReport report = ItemAnalysis.analyse(attempts, keys, settings);
        List<LoggedReview> reviews = reviews(byQuestion);
        Map<String, SrsMetrics> metrics = SrsItemMetrics.of(reviews, parameters, settings);
        Map<String, ItemStatistics> statistics = new HashMap<>();
        report.items().forEach(s -> statistics.put(s.itemKey(), s));
        List<InsightRow> rows = new ArrayList<>();
        FlagThresholds thresholds = FlagThresholds.defaults();
        for (BankCatalog.PublishedItem item : items) {
            ItemStatistics itemStatistics = statistics.get(item.questionKey());
            Optional<SrsMetrics> itemMetrics = Optional.ofNullable(metrics.get(item.questionKey()));
            rows.add(new InsightRow(item.questionKey(), item.moduleKey(), bank.moduleTitle(item.moduleKey()),
                    item.safetyCritical(), itemStatistics, itemMetrics,
                    ItemFlags.of(Optional.of(itemStatistics), itemMetrics, thresholds)));
        }
        List<ItemAnalysisView.ModuleOption> modules = programme.requiredModules().stream()
                .map(key -> new ItemAnalysisView.ModuleOption(key, bank.moduleTitle(key))).toList();
        ItemAnalysisView view = new ItemAnalysisView(programme.id(), programme.title(), allAttempts, now,
                settings.minimumResponses(), report.test(), modules, rows);
        return new Result(view, studyAccuracy(reviews), assessmentAccuracy(attempts));
    }

    private List<ScoredAttempt> attempts(boolean allAttempts, Map<Long, BankCatalog.PublishedItem> byQuestion) {
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        Set<Long> seenAccounts = new HashSet<>();
        for (Object[] row : em.createQuery("SELECT a.id, a.accountId, a.submittedAt FROM AssessmentAttempt a "
                + "WHERE a.programmeKey = :programme AND a.kind = :kind AND a.submittedAt IS NOT NULL "
                + "ORDER BY a.accountId, a.submittedAt, a.id", Object[].class)
                .setParameter("programme", programme.id()).setParameter("kind", AssessmentAttempt.Kind.FINAL)
                .getResultList()) {
            // First attempts by default, as Moodle does: later attempts are by people who have seen the items.
            if (allAttempts || seenAccounts.add((Long) row[1])) {
                heads.put((Long) row[0], row);
            }
        }
        Map<Long, List<ItemResponse>> itemsByAttempt = new HashMap<>();
        List<Object[]> itemRows = new ArrayList<>(em.createQuery("SELECT i.attemptId, i.questionId, i.revisionId, "
                + "i.response, i.correct, i.position FROM AttemptItem i, AssessmentAttempt a WHERE i.attemptId = a.id "
                + "AND a.programmeKey = :programme AND a.kind = :kind AND a.submittedAt IS NOT NULL", Object[].class)
                .setParameter("programme", programme.id()).setParameter("kind", AssessmentAttempt.Kind.FINAL)
                .getResultList());
        // In the order shown (sorted here rather than by the database: see reviews()).
        itemRows.sort(java.util.Comparator.<Object[]>comparingLong(row -> (Long) row[0])
                .thenComparingInt(row -> (Integer) row[5]));
        Map<Long, BankCatalog.RevisionContent> revisions = catalog.revisions(em,
                itemRows.stream().map(row -> (Long) row[2]).distinct().toList());
        for (Object[] row : itemRows) {
            long attemptId = (Long) row[0];
            if (!heads.containsKey(attemptId)) {
                continue;
            }
            long questionId = (Long) row[1];
            BankCatalog.PublishedItem published = byQuestion.get(questionId);
            BankCatalog.RevisionContent revision = revisions.get((Long) row[2]);
            // An item no longer in the programme still counts towards its attempt's score under its own key.
            String key = published != null ? published.questionKey() : revision.questionKey();
            boolean correct = Boolean.TRUE.equals(row[4]);
            List<String> chosen = AnswerCategories.of(revision.question(), (String) row[3]);
            // Graded right but no longer readable as its revision's answer (not expected): counted, shown as such.
            if (correct && chosen.isEmpty()) {
                chosen = List.of(AnswerCategories.UNREADABLE);
            }
            itemsByAttempt.computeIfAbsent(attemptId, id -> new ArrayList<>())
                    .add(new ItemResponse(key, correct, chosen));
        }
        List<ScoredAttempt> attempts = new ArrayList<>();
        heads.forEach((id, head) -> {
            List<ItemResponse> responses = itemsByAttempt.getOrDefault(id, List.of());
            if (!responses.isEmpty()) {
                attempts.add(new ScoredAttempt(id, (Long) head[1], (Instant) head[2], responses));
            }
        });
        return attempts;
    }

    private List<LoggedReview> reviews(Map<Long, BankCatalog.PublishedItem> byQuestion) {
        if (byQuestion.isEmpty()) {
            return List.of();
        }
        List<LoggedReview> reviews = new ArrayList<>();
        for (ReviewRows.Row row : ReviewRows.read(em, "r.rating, r.correct, r.confidentlyWrong, r.confidence, "
                + "r.responseMillis", "", Map.of(), byQuestion::containsKey)) {
            Object[] extra = row.extra();
            reviews.add(new LoggedReview(row.accountId(), byQuestion.get(row.questionId()).questionKey(),
                    row.answeredAt(), row.elapsedDays(), Rating.valueOf((String) extra[0]), (Boolean) extra[1],
                    (Boolean) extra[2], Confidence.HIGH.name().equals(extra[3]), (Long) extra[4]));
        }
        return reviews;
    }

    private Map<String, List<MonthlyAccuracy.Month>> studyAccuracy(List<LoggedReview> reviews) {
        Map<String, List<MonthlyAccuracy.Answer>> answers = new HashMap<>();
        reviews.forEach(r -> answers.computeIfAbsent(r.itemKey(), k -> new ArrayList<>())
                .add(new MonthlyAccuracy.Answer(r.answeredAt(), r.correct())));
        return byMonth(answers);
    }

    private Map<String, List<MonthlyAccuracy.Month>> assessmentAccuracy(List<ScoredAttempt> attempts) {
        Map<String, List<MonthlyAccuracy.Answer>> answers = new HashMap<>();
        for (ScoredAttempt attempt : attempts) {
            attempt.items().forEach(item -> answers.computeIfAbsent(item.itemKey(), k -> new ArrayList<>())
                    .add(new MonthlyAccuracy.Answer(attempt.submittedAt(), item.correct())));
        }
        return byMonth(answers);
    }

    private Map<String, List<MonthlyAccuracy.Month>> byMonth(Map<String, List<MonthlyAccuracy.Answer>> answers) {
        Map<String, List<MonthlyAccuracy.Month>> months = new HashMap<>();
        answers.forEach((key, list) -> months.put(key, MonthlyAccuracy.of(list, zone, settings.minimumResponses())));
        return months;
    }
}
