package org.ketaminetraining.scheduling.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;

class StudyQueueTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2025-09-15T07:30:00Z");
    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.DEFAULT, SchedulerPolicy.defaults(ZONE));
    private final StudyQueue queue = new StudyQueue(scheduler);
    private final NewItemLimit tenNew = new NewItemLimit(10, 0);

    /** A graduated item last reviewed {@code daysAgo} days before now with the given stability, due today. */
    private static StudyItem review(String id, double stability, int daysAgo, boolean safetyCritical) {
        Instant last = NOW.minus(Duration.ofDays(daysAgo));
        CardState state = new CardState(org.ketaminetraining.scheduling.Phase.REVIEW, 0, stability, 5, 0, daysAgo,
                NOW.minus(Duration.ofHours(2)), last, 3, 0);
        return new StudyItem(id, "pharmacology", safetyCritical, state);
    }

    private StudyItem stepping(String id, Duration sinceFirstSeen) {
        CardState state = scheduler.next(CardState.NEW, new Review(NOW.minus(sinceFirstSeen), Rating.GOOD),
                ReviewContext.of(id));
        return new StudyItem(id, "safety", false, state);
    }

    private static List<String> ids(List<QueueEntry> entries) {
        return entries.stream().map(entry -> entry.item().itemId()).toList();
    }

    @Test
    void dueReviewsComeLowestRetrievabilityFirst() {
        List<StudyItem> items = List.of(review("strong", 50, 10, false), review("weak", 2, 10, false),
                review("middle", 10, 10, false));
        List<QueueEntry> order = queue.order(items, NOW, tenNew);
        assertThat(ids(order)).containsExactly("weak", "middle", "strong");
        assertThat(order).allMatch(entry -> entry.reason() == QueueEntry.Reason.REVIEW_DUE);
        assertThat(order.get(0).retrievability()).isLessThan(order.get(1).retrievability());
    }

    @Test
    void safetyCriticalFirstAmongEquallyUrgentReviews() {
        List<StudyItem> items = List.of(review("a-standard", 5, 5, false), review("b-critical", 5, 5, true));
        assertThat(ids(queue.order(items, NOW, tenNew))).containsExactly("b-critical", "a-standard");
    }

    @Test
    void dueStepsFirstThenReviewsThenNewItems() {
        List<StudyItem> items = List.of(StudyItem.fresh("new-1", "pharmacology", false), review("rev", 3, 4, false),
                stepping("step", Duration.ofMinutes(11)));
        List<QueueEntry> order = queue.order(items, NOW, tenNew);
        assertThat(ids(order)).containsExactly("step", "rev", "new-1");
        assertThat(order).extracting(QueueEntry::reason).containsExactly(QueueEntry.Reason.STEP_DUE,
                QueueEntry.Reason.REVIEW_DUE, QueueEntry.Reason.NEW);
    }

    @Test
    void aStepIsNotServedBeforeItsTime() {
        StudyItem waiting = stepping("waiting", Duration.ofMinutes(4));
        assertThat(waiting.state().due()).isAfter(NOW);
        assertThat(queue.order(List.of(waiting), NOW, tenNew)).isEmpty();
        assertThat(ids(queue.order(List.of(waiting), waiting.state().due(), tenNew))).containsExactly("waiting");
    }

    @Test
    void learningAheadOffersTheSoonestStepWithinTheWindowOnly() {
        // stepping(...) answered GOOD when first seen: the next step (10 minutes) is due 10 minutes after that.
        StudyItem soon = stepping("soon", Duration.ofMinutes(5));
        StudyItem later = stepping("later", Duration.ofMinutes(1));
        StudyItem graduatedFuture = new StudyItem("future", "safety", false, new CardState(
                org.ketaminetraining.scheduling.Phase.REVIEW, 0, 30, 5, 0, 30, NOW.plus(Duration.ofMinutes(2)),
                NOW.minus(Duration.ofDays(27)), 4, 0));
        List<StudyItem> items = List.of(later, soon, graduatedFuture);
        assertThat(queue.order(items, NOW, tenNew)).isEmpty();
        assertThat(queue.learnAhead(items, NOW, Duration.ofMinutes(20)))
                .hasValueSatisfying(entry -> assertThat(entry.item().itemId()).isEqualTo("soon"));
        assertThat(queue.learnAhead(items, NOW, Duration.ofMinutes(4))).isEmpty();
        assertThat(queue.learnAhead(List.of(graduatedFuture), NOW, Duration.ofMinutes(20))).isEmpty();
    }

    @Test
    void dueStepsAreServedEarliestFirst() {
        List<StudyItem> items = List.of(stepping("later", Duration.ofMinutes(12)),
                stepping("earlier", Duration.ofMinutes(30)));
        assertThat(ids(queue.order(items, NOW, tenNew))).containsExactly("earlier", "later");
    }

    @Test
    void reviewsNotYetDueAreLeftOut() {
        CardState future = new CardState(org.ketaminetraining.scheduling.Phase.REVIEW, 0, 30, 5, 0, 30,
                NOW.plus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(27)), 4, 0);
        assertThat(queue.order(List.of(new StudyItem("later", "m", false, future)), NOW, tenNew)).isEmpty();
    }

    @Test
    void newItemsRespectTheDailyLimitAndWhatWasIntroducedToday() {
        List<StudyItem> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(StudyItem.fresh("n" + i, "m", false));
        }
        assertThat(queue.order(items, NOW, new NewItemLimit(10, 0))).hasSize(10);
        assertThat(queue.order(items, NOW, new NewItemLimit(10, 7))).hasSize(3);
        assertThat(queue.order(items, NOW, new NewItemLimit(10, 12))).isEmpty();
        assertThat(ids(queue.order(items, NOW, new NewItemLimit(2, 0)))).containsExactly("n0", "n1");
    }

    @Test
    void newItemsInterleaveModulesInCurriculumOrder() {
        List<StudyItem> items = List.of(StudyItem.fresh("pk-1", "pharmacokinetics", false),
                StudyItem.fresh("pk-2", "pharmacokinetics", false), StudyItem.fresh("pk-3", "pharmacokinetics", false),
                StudyItem.fresh("mon-1", "monitoring", true), StudyItem.fresh("emg-1", "emergence", false),
                StudyItem.fresh("mon-2", "monitoring", true));
        assertThat(ids(queue.order(items, NOW, tenNew)))
                .containsExactly("pk-1", "mon-1", "emg-1", "pk-2", "mon-2", "pk-3");
        assertThat(ids(queue.order(items, NOW, new NewItemLimit(4, 0))))
                .containsExactly("pk-1", "mon-1", "emg-1", "pk-2");
    }

    @Test
    void theNewItemLimitDoesNotLimitReviews() {
        List<StudyItem> items = List.of(review("r1", 3, 4, false), review("r2", 4, 4, false),
                StudyItem.fresh("n1", "m", false));
        assertThat(ids(queue.order(items, NOW, new NewItemLimit(0, 0)))).containsExactly("r1", "r2");
    }

    @Test
    void rejectsDuplicateItemsAndNegativeLimits() {
        List<StudyItem> items = List.of(StudyItem.fresh("x", "m", false), StudyItem.fresh("x", "n", false));
        assertThatThrownBy(() -> queue.order(items, NOW, tenNew)).hasMessageContaining("occurs twice");
        assertThatThrownBy(() -> new NewItemLimit(-1, 0)).hasMessageContaining(">= 0");
    }

    /** A graduated item reviewed yesterday with a long interval, so not due for weeks. */
    private static StudyItem notDue(String id, double stability) {
        CardState state = new CardState(org.ketaminetraining.scheduling.Phase.REVIEW, 0, stability, 5, 30, 1,
                NOW.plus(Duration.ofDays(29)), NOW.minus(Duration.ofDays(1)), 3, 0);
        return new StudyItem(id, "pharmacology", true, state);
    }

    @Test
    void broughtForwardItemsComeAfterDueStepsAndBeforeDueReviews() {
        List<StudyItem> items = List.of(StudyItem.fresh("new-1", "pharmacology", false), review("rev", 3, 4, false),
                stepping("step", Duration.ofMinutes(11)), notDue("missed-strong", 60), notDue("missed-weak", 20),
                notDue("left-alone", 20));
        List<QueueEntry> order = queue.order(items, NOW, tenNew, java.util.Set.of("missed-strong", "missed-weak"));
        assertThat(ids(order)).containsExactly("step", "missed-weak", "missed-strong", "rev", "new-1");
        assertThat(order.get(1).reason()).isEqualTo(QueueEntry.Reason.BROUGHT_FORWARD);
        assertThat(ids(queue.order(items, NOW, tenNew))).doesNotContain("missed-weak", "missed-strong");
    }

    @Test
    void aBroughtForwardItemThatIsDueOrNewKeepsItsOrdinaryPlace() {
        List<StudyItem> items = List.of(StudyItem.fresh("new-1", "pharmacology", false), review("rev", 3, 4, false));
        List<QueueEntry> order = queue.order(items, NOW, new NewItemLimit(0, 0), java.util.Set.of("new-1", "rev"));
        assertThat(ids(order)).containsExactly("rev");
        assertThat(order.get(0).reason()).isEqualTo(QueueEntry.Reason.REVIEW_DUE);
    }
}
