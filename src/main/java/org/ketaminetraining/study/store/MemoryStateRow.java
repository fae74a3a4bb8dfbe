package org.ketaminetraining.study.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Phase;

/**
 * The cached schedule of one item for one learner: exactly what replaying that learner's review log for the item
 * gives, written in the same transaction as the log row that changed it.
 */
@Entity
@Table(name = "memory_state")
public class MemoryStateRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = ReviewLogEntry.ID_GENERATOR)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    @Column(nullable = false, length = 12)
    private String phase;

    @Column(nullable = false)
    private int step;

    @Column(nullable = false)
    private double stability;

    @Column(nullable = false)
    private double difficulty;

    @Column(nullable = false)
    private double ease;

    @Column(name = "scheduled_days", nullable = false)
    private int scheduledDays;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "last_review_at", nullable = false)
    private Instant lastReviewAt;

    @Column(name = "review_count", nullable = false)
    private int reviewCount;

    @Column(nullable = false)
    private int lapses;

    protected MemoryStateRow() {
    }

    public MemoryStateRow(long accountId, long questionId, CardState state) {
        this.accountId = accountId;
        this.questionId = questionId;
        store(state);
    }

    /** @throws IllegalArgumentException for {@link CardState#NEW}, which has no row */
    public final void store(CardState state) {
        if (state.isNew()) {
            throw new IllegalArgumentException("a NEW state is the absence of a row");
        }
        this.phase = state.phase().name();
        this.step = state.step();
        this.stability = state.stability();
        this.difficulty = state.difficulty();
        this.ease = state.ease();
        this.scheduledDays = state.scheduledDays();
        this.dueAt = state.due();
        this.lastReviewAt = state.lastReview();
        this.reviewCount = state.reviewCount();
        this.lapses = state.lapses();
    }

    public CardState toState() {
        return new CardState(Phase.valueOf(phase), step, stability, difficulty, ease, scheduledDays, dueAt,
                lastReviewAt, reviewCount, lapses);
    }

    /** The JPQL select list that {@link #stateOf(Object[])} reads, for queries that need states, not entities. */
    public static final String STATE_COLUMNS = "s.phase, s.step, s.stability, s.difficulty, s.ease, "
            + "s.scheduledDays, s.dueAt, s.lastReviewAt, s.reviewCount, s.lapses";

    /** The state in a row selected with {@link #STATE_COLUMNS}, starting at {@code first}. */
    public static CardState stateOf(Object[] row, int first) {
        return new CardState(Phase.valueOf((String) row[first]), (Integer) row[first + 1], (Double) row[first + 2],
                (Double) row[first + 3], (Double) row[first + 4], (Integer) row[first + 5], (Instant) row[first + 6],
                (Instant) row[first + 7], (Integer) row[first + 8], (Integer) row[first + 9]);
    }

    public long getAccountId() {
        return accountId;
    }

    public long getQuestionId() {
        return questionId;
    }
}
