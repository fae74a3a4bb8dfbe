package org.ketaminetraining.study.service;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.queue.NewItemLimit;
import org.ketaminetraining.scheduling.queue.QueueEntry;
import org.ketaminetraining.scheduling.queue.StudyItem;
import org.ketaminetraining.scheduling.queue.StudyQueue;
import org.ketaminetraining.study.LoggedAnswer;
import org.ketaminetraining.study.NewQuestionsToday;
import org.ketaminetraining.study.StudySession;
import org.ketaminetraining.study.service.BankCatalog.PublishedItem;
import org.ketaminetraining.study.store.MemoryStateRow;
import org.ketaminetraining.study.store.StudyRefresher;

/**
 * What a learner has in store, read from the database: today's answers, the memory state of every item, the items
 * brought forward, and from those the study queue in the order the scheduler gives. Reads only; shared by the
 * ledger, which presents and records, and by the overview, which reports. It changes when what counts as due
 * changes, not when the way answers are recorded does.
 */
final class StudyQueueReader {

    /** Anki's "learn ahead" limit: when nothing else is due, a same-day step this close is offered early. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final EntityManager em;

    StudyQueueReader(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** The current study day and the learner's answers in it, in every programme. */
    record Today(LocalDate day, StudySession.Window window, List<LoggedAnswer> answers) {

        /** The answers of the learner's current session (see {@link StudySession}). */
        int answeredInSession(LearnerContext learner) {
            return StudySession.answered(answers, learner.programmeId(), window);
        }

        /** The daily limit of new questions as it stands for the learner's current programme. */
        NewQuestionsToday newQuestions(LearnerContext learner, int notStarted) {
            return NewQuestionsToday.of(learner.newItemsPerDay(), answers, learner.programmeId(), window,
                    notStarted);
        }
    }

    /**
     * The current study day's answers, found by instant in the learner's current zone (never by the stored
     * {@code study_day}, which is in the zone of the moment and would mix days after a time-zone change).
     */
    Today today(LearnerContext learner, Instant now) {
        StudySession.Window window = StudySession.today(learner.boundary(), now);
        List<LoggedAnswer> answers = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT r.answeredAt, r.programmeKey, r.firstReview FROM ReviewLogEntry r "
                + "WHERE r.accountId = :account AND r.answeredAt >= :from AND r.answeredAt < :until", Object[].class)
                .setParameter("account", learner.accountId())
                .setParameter("from", window.from())
                .setParameter("until", window.until()).getResultList()) {
            answers.add(new LoggedAnswer((Instant) row[0], (String) row[1], Boolean.TRUE.equals(row[2])));
        }
        return new Today(learner.boundary().studyDay(now), window, List.copyOf(answers));
    }

    /** The learner's states of published items, keyed by question id. */
    Map<Long, CardState> states(long accountId) {
        Map<Long, CardState> states = new HashMap<>();
        // Columns rather than entities: these rows are only read here, and not registering hundreds of them in the
        // persistence context saves a sixth of the work of presenting a question. (Not EclipseLink's read-only hint:
        // that reads on a second pooled connection, and a full pool would then wait on itself.)
        for (Object[] row : em.createQuery("SELECT s.questionId, " + MemoryStateRow.STATE_COLUMNS
                + " FROM MemoryStateRow s WHERE s.accountId = :account", Object[].class)
                .setParameter("account", accountId).getResultList()) {
            states.put((Long) row[0], MemoryStateRow.stateOf(row, 1));
        }
        return states;
    }

    List<StudyItem> studyItems(LearnerContext learner) {
        return studyItems(learner, states(learner.accountId()));
    }

    List<StudyItem> studyItems(LearnerContext learner, Map<Long, CardState> states) {
        List<StudyItem> items = new ArrayList<>();
        for (PublishedItem item : learner.items()) {
            items.add(new StudyItem(itemId(item.questionId()), item.moduleKey(), item.safetyCritical(),
                    states.getOrDefault(item.questionId(), CardState.NEW)));
        }
        return items;
    }

    List<QueueEntry> queue(LearnerContext learner, Today today, Instant now) {
        Map<Long, CardState> states = states(learner.accountId());
        List<StudyItem> items = studyItems(learner, states);
        NewQuestionsToday fresh = today.newQuestions(learner, notStarted(items));
        return new StudyQueue(learner.scheduler()).order(items, now,
                new NewItemLimit(fresh.perDay(), fresh.startedToday()), broughtForward(learner, states));
    }

    /** The items the learner has never answered. */
    static int notStarted(List<StudyItem> items) {
        return (int) items.stream().filter(item -> item.state().isNew()).count();
    }

    /**
     * The learner's items brought forward (see {@link StudyRefresher}) and not reviewed since: a review after the
     * row's instant settles it, so rows need no clean-up to stop counting.
     */
    Set<String> broughtForward(LearnerContext learner, Map<Long, CardState> states) {
        Set<String> ids = new HashSet<>();
        for (StudyRefresher row : em.createQuery("SELECT r FROM StudyRefresher r WHERE r.accountId = :account",
                StudyRefresher.class).setParameter("account", learner.accountId()).getResultList()) {
            CardState state = states.get(row.getQuestionId());
            if (state != null && !state.isNew() && !state.lastReview().isAfter(row.getSince())) {
                ids.add(itemId(row.getQuestionId()));
            }
        }
        return ids;
    }

    Optional<QueueEntry> learnAhead(LearnerContext learner, Instant now) {
        return new StudyQueue(learner.scheduler()).learnAhead(studyItems(learner), now, LEARN_AHEAD);
    }

    /** An item's id in the study queue: its question's database id. */
    static String itemId(long questionId) {
        return Long.toString(questionId);
    }
}
