package org.ketaminetraining.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

class DisplayOrderTest {

    private static Question question(AnswerSpec answer) {
        return new Question("q-1", "obj-1", List.of(), Optional.empty(), OptionalInt.empty(), "Stem", answer, "Why",
                List.of());
    }

    /**
     * Pinned: a learner who reloads after a deployment must see the layout they were working on, so a change to
     * the hash or the shuffle has to be deliberate.
     */
    @Test
    void ordersArePinned() {
        assertThat(DisplayOrder.shuffled("q-1", 5)).containsExactly(4, 1, 3, 0, 2);
        assertThat(DisplayOrder.shuffled("learner-7/anaesthesia-ordering-3/r2", 6)).containsExactly(4, 3, 2, 5, 1, 0);
    }

    @Test
    void theSeedIsHashedWithFnv1a64() {
        assertThat(DisplayOrder.fnv1a64("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(DisplayOrder.fnv1a64("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(DisplayOrder.fnv1a64("foobar")).isEqualTo(0x85944171f73967e8L);
    }

    @Test
    void smallCounts() {
        assertThat(DisplayOrder.shuffled("any", 0)).isEmpty();
        assertThat(DisplayOrder.shuffled("any", 1)).containsExactly(0);
        // Two items have only one order that is not the answer.
        assertThat(DisplayOrder.shuffled("x", 2)).containsExactly(1, 0);
        assertThat(DisplayOrder.shuffled("y", 2)).containsExactly(1, 0);
    }

    @Test
    void aNegativeCountIsRejected() {
        assertThatThrownBy(() -> DisplayOrder.shuffled("any", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot shuffle -1 items");
    }

    @Test
    void differentSeedsMostlyGiveDifferentOrders() {
        List<Integer> first = DisplayOrder.shuffled("learner-1/q-0", 5);
        long differing = IntStream.range(1, 100)
                .filter(seed -> !DisplayOrder.shuffled("learner-1/q-" + seed, 5).equals(first)).count();
        Set<List<Integer>> distinct = new HashSet<>();
        IntStream.range(0, 100).forEach(seed -> distinct.add(DisplayOrder.shuffled("learner-1/q-" + seed, 5)));

        // 119 non-identity orders of 5 items: about one seed in 119 repeats the first by chance.
        assertThat(differing).isGreaterThanOrEqualTo(95);
        assertThat(distinct).hasSizeGreaterThan(50);
    }

    @Test
    void theOrderIsImmutable() {
        assertThatThrownBy(() -> DisplayOrder.shuffled("q-1", 3).add(3))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void orderingItemsAreShuffledBySeed() {
        Question ordering = question(new Ordering(List.of("assess airway", "give dose", "monitor", "record")));

        assertThat(DisplayOrder.forQuestion(ordering, "s")).isEqualTo(DisplayOrder.shuffled("s", 4));
    }

    @Test
    void matchingRightAnswersAreShuffledBySeed() {
        Question matching = question(new Matching(List.of(new MatchPair("a", "1"), new MatchPair("b", "2"),
                new MatchPair("c", "3"))));

        assertThat(DisplayOrder.forQuestion(matching, "s")).isEqualTo(DisplayOrder.shuffled("s", 3));
    }

    @Test
    void choiceOptionsKeepTheirAuthoredOrder() {
        List<ChoiceOption> options = List.of(ChoiceOption.wrong("a"), ChoiceOption.correct("b"),
                ChoiceOption.wrong("c"));

        assertThat(DisplayOrder.forQuestion(question(new SingleChoice(options)), "s")).containsExactly(0, 1, 2);
        assertThat(DisplayOrder.forQuestion(question(new MultipleResponse(options)), "s")).containsExactly(0, 1, 2);
    }

    @Test
    void typesWithNothingToArrangeGetNoOrder() {
        assertThat(DisplayOrder.forQuestion(question(new TrueFalse(true, Optional.empty(), Optional.empty())), "s"))
                .isEmpty();
        assertThat(DisplayOrder.forQuestion(question(new NumericAnswer(BigDecimal.ONE, BigDecimal.ZERO, "mg")), "s"))
                .isEmpty();
        assertThat(DisplayOrder.forQuestion(question(new ShortText(List.of("ketamine"))), "s")).isEmpty();
    }
}
